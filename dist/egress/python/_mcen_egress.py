"""Audit hook of the mcen-scan runtime egress harness (installed by the sitecustomize beside it).

Python audit hooks (PEP 578) see every socket connect/bind/sendto/sendmsg, every name
resolution and every process start, and cannot be removed once added. This hook lets loopback
and Unix-domain traffic through, blocks everything else by raising from the hook (the call fails
the way a firewall would make it fail) and appends one JSON line per event to the file named by
``MCEN_EGRESS_LOG``. Child processes are followed through the environment: a Python child that
keeps PYTHONPATH and the log variable loads this hook too; any other child is logged as
``unwatched``.

Runs inside the watched program, so it only imports C modules at start-up (start-up cost) and
keeps to syntax Python 3.6 parses (so an older interpreter can at least say it is unwatched).
"""
import _json
import _socket
import atexit
import errno
import os
import sys
import time

LOG_ENV = "MCEN_EGRESS_LOG"
HOOK_DIR = os.path.dirname(os.path.abspath(__file__))
# Frames of these files are the harness, not the watched code (both spellings: as imported, absolute).
_OWN_FILES = frozenset(
    [__file__, os.path.abspath(__file__)]
    + [os.path.join(folder, "sitecustomize.py") for folder in (os.path.dirname(__file__), HOOK_DIR)]
)

# Per-process bounds: a program that floods attempts must not fill the disk or slow the run.
MAX_EVENTS = 1000
MAX_BYTES = 512 * 1024
MAX_FIELD = 512
STACK_DEPTH = 8

LOOPBACK_NAMES = frozenset(["localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"])
_IPV6_LOOPBACK = b"\x00" * 15 + b"\x01"
_IPV4_MAPPED_PREFIX = b"\x00" * 10 + b"\xff\xff"
_FAMILY_NAMES = {}
for _name in ("AF_UNIX", "AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK", "AF_BLUETOOTH", "AF_CAN",
              "AF_TIPC", "AF_VSOCK", "AF_ALG", "AF_RDS", "AF_QIPCRTR"):
    if hasattr(_socket, _name):
        _FAMILY_NAMES[getattr(_socket, _name)] = _name
_AF_UNIX = getattr(_socket, "AF_UNIX", None)
_IP_FAMILIES = (_socket.AF_INET, _socket.AF_INET6)

# Native symbols that would open a path around the socket audit events if reached through ctypes.
NATIVE_NETWORK_SYMBOLS = frozenset([
    "connect", "sendto", "sendmsg", "sendmmsg", "bind", "listen", "getaddrinfo", "gethostbyname",
    "gethostbyname2", "gethostbyname_r", "gethostbyname2_r", "gethostbyaddr", "gethostbyaddr_r",
    "getnameinfo", "res_query", "res_search", "res_nquery", "res_nsearch", "res_send", "res_nsend",
    "__res_query", "__res_search", "__res_send", "syscall",
])

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_TRUNC | os.O_CREAT


class _State(object):
    """What this process has logged; reset in a forked child, which counts on its own."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.pid = os.getpid()
        self.events = 0
        self.bytes = 0
        self.truncated = False
        self.dropped = {}


_state = _State()
_log_fd = None
_log_path = None
_log_name = None


def _now():
    t = time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % int((t % 1) * 1000)


def _dump(value):
    """JSON without importing ``json`` (whose decoder pulls in ``re`` at every start-up)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _json.encode_basestring_ascii(value)
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_dump(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(_json.encode_basestring_ascii(k) + ":" + _dump(v) for k, v in value.items()) + "}"
    return _json.encode_basestring_ascii(_short(value))


def _short(value):
    if isinstance(value, (bytes, bytearray)):
        text = os.fsdecode(bytes(value))
    elif isinstance(value, str):
        text = value
    else:
        text = repr(value)
    return text if len(text) <= MAX_FIELD else text[: MAX_FIELD - 1] + "\u2026"


def _stack():
    """The innermost Python frames of the watched code, without the hook's own frames."""
    frames = []
    try:
        frame = sys._getframe(1)
    except ValueError:
        return frames
    while frame is not None and len(frames) < STACK_DEPTH:
        code = frame.f_code
        if code.co_filename not in _OWN_FILES:
            frames.append({"file": _short(code.co_filename), "line": frame.f_lineno or 0, "function": code.co_name})
        frame = frame.f_back
    return frames


def _write(line):
    # One write() of one line on an O_APPEND descriptor: lines of concurrent processes never interleave.
    data = (line + "\n").encode("ascii")
    total = len(data)
    while data:
        data = data[os.write(_log_fd, data):]
    return total


def _log(op, destination, family, action, reason=None, extra=None):
    state = _state
    if state.truncated or state.events >= MAX_EVENTS or state.bytes >= MAX_BYTES:
        # Count classes of runtime_egress.json: blocked, unwatched, allowed (network), process (watched start).
        key = "process" if action == "allowed" and family == "process" else action
        state.dropped[key] = state.dropped.get(key, 0) + 1
        if not state.truncated:
            state.truncated = True
            _emit("log.truncated", "", "log", "allowed",
                  "per-process limit of %d events or %d bytes reached" % (MAX_EVENTS, MAX_BYTES))
        return
    _emit(op, destination, family, action, reason, extra)


def _emit(op, destination, family, action, reason=None, extra=None, with_stack=True):
    if _log_fd is None:
        return
    event = {
        "time": _now(),
        "pid": os.getpid(),
        "ppid": os.getppid(),
        "op": op,
        "destination": _short(destination),
        "family": family,
        "allowed": action != "blocked",
        "action": action,
        "stack": _stack() if with_stack else [],
    }
    if reason:
        event["reason"] = reason
    if extra:
        event.update(extra)
    try:
        _state.bytes += _write(_dump(event))
        _state.events += 1
    except OSError:
        pass  # a full disk must not turn into a crash of the watched program


def _exit_summary():
    """At exit, a process that hit the bound says how much it did not write."""
    if _state.truncated and _state.pid == os.getpid() and _log_fd is not None:
        try:
            _write(_dump({"time": _now(), "pid": _state.pid, "ppid": os.getppid(), "op": "log.summary",
                          "destination": "", "family": "log", "allowed": True, "action": "allowed",
                          "stack": [], "dropped": _state.dropped}))
        except OSError:
            pass


# ---------------------------------------------------------------- network

def _is_loopback_host(host):
    """True for every spelling of a loopback host: names, 127/8 in any inet_aton form, ::1, ::ffff:127.x."""
    if isinstance(host, (bytes, bytearray)):
        try:
            host = bytes(host).decode("ascii")
        except UnicodeDecodeError:
            return False
    if not isinstance(host, str) or not host:
        return False
    name = host.lower()
    if name.endswith("."):
        name = name[:-1]
    if name in LOOPBACK_NAMES:
        return True
    if ":" in name:
        try:
            packed = _socket.inet_pton(_socket.AF_INET6, name.split("%", 1)[0])
        except (OSError, ValueError):
            return False
        return packed == _IPV6_LOOPBACK or (packed[:12] == _IPV4_MAPPED_PREFIX and packed[12] == 127)
    # inet_aton accepts the legacy spellings the resolver also accepts (127.1, 0x7f000001, 2130706433);
    # glibc's inet_aton ignores text after a space, so anything but digits, dots and hex is a name.
    if name.strip("0123456789abcdefx.") == "" and name[0].isdigit():
        try:
            return _socket.inet_aton(name)[0] == 127
        except (OSError, ValueError):
            return False
    return False


def _format_address(family, address):
    if family == _AF_UNIX:
        path = _short(address)
        return "@" + path[1:] if path.startswith("\x00") else path
    if isinstance(address, tuple) and len(address) >= 2:
        host = _short(address[0])
        return ("[%s]:%s" if ":" in host else "%s:%s") % (host, address[1])
    return _short(address)


def _socket_family(sock, address):
    try:
        return int(sock.family)
    except Exception:
        # A socket object without a family: judge by the address shape instead.
        return _socket.AF_INET if isinstance(address, tuple) else _AF_UNIX


def _on_socket(event, args):
    sock, address = args[0], args[1]
    if address is None:
        return  # sendmsg on a connected socket: its connect was already judged
    family = _socket_family(sock, address)
    family_name = _FAMILY_NAMES.get(family, "AF_%s" % family)
    if family == _AF_UNIX:
        _log(event, _format_address(family, address), family_name, "allowed")
        return
    if family in _IP_FAMILIES:
        if not isinstance(address, tuple) or not address or not isinstance(address[0], (str, bytes, bytearray)):
            return  # not an address the C code accepts: it raises TypeError before any system call
        destination = _format_address(family, address)
        if _is_loopback_host(address[0]):
            _log(event, destination, family_name, "allowed")
            return
        if event == "socket.bind":
            reason = "bind to a non-loopback address (all interfaces included)"
        else:
            reason = "non-loopback destination"
    else:
        destination = _format_address(family, address)
        reason = "address family %s is neither loopback IP nor Unix-domain" % family_name
    _log(event, destination, family_name, "blocked", reason)
    raise PermissionError(errno.EPERM, "mcen-scan egress harness blocked %s to %s: %s" % (event, destination, reason))


def _is_own_hostname(host):
    # socket.getfqdn() and logging/smtplib resolve this machine's own name; the name is not chosen by
    # the watched code, so it cannot carry data out, and the answer normally comes from /etc/hosts.
    try:
        own = _socket.gethostname()
    except OSError:
        return False
    if isinstance(host, (bytes, bytearray)):
        host = os.fsdecode(bytes(host))
    return isinstance(host, str) and host.lower().rstrip(".") == own.lower()


def _on_lookup(event, args):
    host = args[0]
    if event == "socket.getnameinfo":
        host = host[0] if isinstance(host, tuple) and host else host
    if host is None or _is_loopback_host(host) or _is_own_hostname(host):
        # getaddrinfo(None, port) answers from the local stack without asking a resolver.
        _log(event, "" if host is None else _short(host), "dns", "allowed")
        return
    destination = _short(host)
    _log(event, destination, "dns", "blocked", "name resolution of a non-loopback host")
    raise _socket.gaierror(_socket.EAI_NONAME, "mcen-scan egress harness blocked %s of %s" % (event, destination))


def _on_dlsym(event, args):
    name = args[1] if len(args) > 1 else None
    if isinstance(name, str) and name in NATIVE_NETWORK_SYMBOLS:
        reason = "native network symbol reached through ctypes would bypass the audit hook"
        _log(event, name, "native", "blocked", reason)
        raise PermissionError(errno.EPERM, "mcen-scan egress harness blocked ctypes access to %s" % name)


# ---------------------------------------------------------------- processes

def _env_get(env, key):
    if env is None:
        env = os.environ
    try:
        value = env.get(key)
        if value is None:
            value = env.get(os.fsencode(key))
    except Exception:
        return None
    return os.fsdecode(value) if isinstance(value, (bytes, bytearray)) else value


def _which(program, env, cwd):
    program = os.fsdecode(program)
    if os.sep in program:
        return os.path.join(os.fsdecode(cwd), program) if cwd is not None else program
    for folder in (_env_get(env, "PATH") or os.defpath).split(os.pathsep):
        candidate = os.path.join(folder or os.curdir, program)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return program


def _is_python_name(path):
    base = os.path.basename(path)
    return base.startswith("python") and base[6:].strip("0123456789.") in ("", "d", "m", "dm", "-dbg")


def _shebang(path):
    if not os.path.isfile(path):
        return None  # never open a FIFO or a device: reading it could block the watched program
    try:
        with open(path, "rb") as handle:
            head = handle.read(256)
    except (OSError, ValueError):
        return None
    if not head.startswith(b"#!"):
        return None
    return os.fsdecode(head[2:].split(b"\n", 1)[0]).split()


_SKIP_ARG = frozenset("WX")
_ENV_OPTIONS_WITH_ARG = frozenset(["-u", "--unset", "-C", "--chdir", "-S", "--split-string"])


def _python_escape_flags(args):
    """The -I/-E/-S options among a Python command line's interpreter options (they stop the hook loading)."""
    found = set()
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--" or not arg.startswith("-") or arg == "-":
            break
        if arg.startswith("--"):
            i += 2 if arg == "--check-hash-based-pycs" else 1
            continue
        for pos, letter in enumerate(arg[1:]):
            if letter in "IES":
                found.add("-" + letter)
            if letter in "cm":
                return sorted(found)
            if letter in _SKIP_ARG:
                i += 1 if pos + 2 < len(arg) else 2
                break
        else:
            i += 1
    return sorted(found)


def _resolve_program(program, argv, env, cwd, depth=0):
    """(interpreter path, its arguments, is_python) for a start, looking through `env` and shebangs."""
    path = _which(program, env, cwd)
    real = os.path.realpath(path)
    if _is_python_name(path) or _is_python_name(real) or real == os.path.realpath(sys.executable or ""):
        return path, argv, True
    if depth < 2 and os.path.basename(real) == "env":
        rest = list(argv)
        while rest and (rest[0].startswith("-") or "=" in rest[0]):
            rest = rest[2:] if rest[0] in _ENV_OPTIONS_WITH_ARG else rest[1:]
        if rest:
            return _resolve_program(rest[0], rest[1:], env, cwd, depth + 1)
        return path, argv, False
    line = _shebang(real) if depth < 2 else None
    if line:
        return _resolve_program(line[0], line[1:] + [path] + list(argv), env, None, depth + 1)
    return path, argv, False


def _command_text(argv):
    parts = []
    for arg in argv:
        text = os.fsdecode(arg) if isinstance(arg, (bytes, bytearray)) else str(arg)
        parts.append(text if text and not any(c in text for c in " \t\n'\"\\$`") else repr(text))
    return " ".join(parts)


def _pythonpath_problem(value, cwd):
    """Why a child's PYTHONPATH would not load this hook first, or None when it would."""
    base = os.fsdecode(cwd) if cwd is not None else os.getcwd()
    for entry in (value or "").split(os.pathsep):
        if not entry:
            continue
        folder = os.path.abspath(os.path.join(base, entry))
        if folder == HOOK_DIR:
            return None
        # An earlier sitecustomize would be imported instead of ours.
        if os.path.exists(os.path.join(folder, "sitecustomize.py")) or os.path.isdir(os.path.join(folder, "sitecustomize")):
            return "a sitecustomize in %s comes before the hook on PYTHONPATH" % _short(folder)
    return "the child environment drops the hook folder from PYTHONPATH"


def _on_process(event, program, argv, env, cwd=None):
    """Logs a process start: watched when it is Python that will load this hook again, else unwatched."""
    if isinstance(argv, (str, bytes)) or argv is None:
        argv = [argv if argv is not None else program]
    argv = [os.fsdecode(a) if isinstance(a, (bytes, bytearray)) else str(a) for a in argv]
    if program is None:
        program = argv[0] if argv else ""
    command = _command_text(argv)
    try:
        path, args, is_python = _resolve_program(os.fsdecode(program), argv[1:], env, cwd)
    except Exception:
        path, args, is_python = os.fsdecode(program), argv[1:], False
    reason = None
    if not is_python:
        reason = "not a Python program: its network use cannot be watched (use --isolate)"
    else:
        flags = _python_escape_flags(args)
        log = _env_get(env, LOG_ENV)
        if flags:
            reason = "Python started with %s, which skips PYTHONPATH or site: the hook cannot load" % "/".join(flags)
        elif not log or os.path.realpath(log) != _log_path:
            reason = "the child environment changes or drops %s" % LOG_ENV
        else:
            reason = _pythonpath_problem(_env_get(env, "PYTHONPATH"), cwd)
    _log(event, command, "process", "unwatched" if reason else "allowed", reason, {"program": _short(path)})


def _caller_file():
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename in _OWN_FILES:
        frame = frame.f_back
    return frame.f_code.co_filename if frame is not None else ""


def _on_popen(event, args):
    executable, argv, cwd, env = args[0], args[1], args[2], args[3]
    _on_process(event, executable, argv, env, cwd)


def _on_exec(event, args):
    # subprocess already reported this start as subprocess.Popen; it may run os.posix_spawn itself.
    if os.path.basename(_caller_file()) == "subprocess.py":
        return
    path, argv, env = (args[1], args[2], args[3]) if event == "os.spawn" else (args[0], args[1], args[2])
    # os.execvp tries each PATH folder in turn; only the candidate that exists is the real start.
    if event == "os.exec" and not os.path.exists(path):
        return
    _on_process(event, path, argv, env)


def _on_system(event, args):
    command = args[0]
    _on_process(event, "/bin/sh", ["/bin/sh", "-c", os.fsdecode(command)], None)


# ---------------------------------------------------------------- the log itself

_HOOK_FOLDERS = frozenset([os.path.realpath(HOOK_DIR), os.path.join(os.path.realpath(HOOK_DIR), "__pycache__")])


def _is_protected(path):
    """The log and the hook's own files, which the watched program must not rewrite for its children."""
    if isinstance(path, int) or path is None:
        return False
    try:
        path = os.fsdecode(path)
    except TypeError:
        return False
    # Cheap name test first: this runs for every file opened for writing.
    name = os.path.basename(path)
    if name == _log_name:
        return os.path.realpath(path) == _log_path
    if name.startswith(("_mcen_egress", "sitecustomize")):
        return os.path.dirname(os.path.realpath(path)) in _HOOK_FOLDERS
    return False


def _refuse(event, path):
    _log(event, _short(path), "file", "blocked", "the watched program tried to change the egress log or hook")
    raise PermissionError(errno.EACCES, "mcen-scan egress harness: %s is read-only here" % _short(path))


def _on_open(event, args):
    if len(args) >= 3 and isinstance(args[2], int) and args[2] & _WRITE_FLAGS and _is_protected(args[0]):
        _refuse(event, args[0])


def _on_path_change(event, args):
    for path in args[:2]:
        if _is_protected(path):
            _refuse(event, path)


_HANDLERS = {
    "socket.connect": _on_socket,
    "socket.bind": _on_socket,
    "socket.sendto": _on_socket,
    "socket.sendmsg": _on_socket,
    "socket.getaddrinfo": _on_lookup,
    "socket.gethostbyname": _on_lookup,
    "socket.gethostbyaddr": _on_lookup,
    "socket.getnameinfo": _on_lookup,
    "ctypes.dlsym": _on_dlsym,
    "subprocess.Popen": _on_popen,
    "os.exec": _on_exec,
    "os.posix_spawn": _on_exec,
    "os.spawn": _on_exec,
    "os.system": _on_system,
    "open": _on_open,
    "os.remove": _on_path_change,
    "os.rename": _on_path_change,
    "os.truncate": _on_path_change,
}


def _hook(event, args):
    # Called for every audit event of the process, so the common case is one dict lookup.
    handler = _HANDLERS.get(event)
    if handler is None:
        return
    try:
        handler(event, args)
    except OSError:
        raise
    except Exception as error:
        # A bug (or tampering) in the hook must not open the gate: network events fail closed.
        if event.startswith("socket."):
            _log(event, _short(args[0] if args else ""), "unknown", "blocked", "harness error: %r" % (error,))
            raise PermissionError(errno.EPERM, "mcen-scan egress harness blocked %s (harness error)" % event)


def install():
    """Opens the log named by MCEN_EGRESS_LOG, logs this process's start and adds the audit hook.

    Without the variable the hook still blocks but logs nothing; on an interpreter without audit
    hooks (before 3.8) it logs that the process runs unwatched and returns.
    """
    global _log_fd, _log_path, _log_name
    path = os.environ.get(LOG_ENV)
    if path:
        try:
            # Opened before the hook exists, so the log protection never sees our own open.
            _log_fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            _log_path = os.path.realpath(path)
            _log_name = os.path.basename(_log_path)
        except OSError:
            _log_fd = None
    argv = getattr(sys, "orig_argv", None) or [sys.executable] + sys.argv
    program = {"program": _short(sys.executable or "")}
    if not hasattr(sys, "addaudithook"):
        _emit("hook.start", _command_text(argv), "process", "unwatched",
              "Python %d.%d has no audit hooks (3.8+ needed)" % sys.version_info[:2], program, False)
        return
    _emit("hook.start", _command_text(argv), "process", "allowed", None, program, False)
    atexit.register(_exit_summary)
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_state.reset)
    sys.addaudithook(_hook)
