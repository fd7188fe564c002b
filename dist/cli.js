#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _parse_tree_sitter_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(523);

const p = await (0,_parse_tree_sitter_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .createParser */ .Cp)('python');
console.log(p.parse('x=1')?.rootNode.type);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cp: () => (/* binding */ createParser)
});

// UNUSED EXPORTS: GRAMMAR_PACKAGES, language, treeSitter

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/model/assets.ts
/**
 * Finds the files we ship beside the code (tree-sitter runtime, grammars, the rulepack).
 * In the bundle they sit next to `dist/*.js`; from source they come from the repository
 * and `node_modules`. Every caller goes through here so a missing asset fails one way.
 */




const moduleDir = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
/** The repository root when running from source (the folder above `src/`), else the bundle's folder. */
const repoRoot = moduleDir.endsWith(external_node_path_default().join('src', 'model')) ? external_node_path_default().resolve(moduleDir, '..', '..') : moduleDir;
/** The folder of an installed package; packages whose `exports` hide package.json resolve by their entry. */
function packageDir(name) {
    const require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
    for (const request of [`${name}/package.json`, name]) {
        try {
            return external_node_path_default().dirname(require.resolve(request));
        }
        catch {
            // try the next spelling
        }
    }
    return undefined;
}
/**
 * The path of a shipped asset: `distRelative` beside the bundle, else `sourceFallback`
 * (relative to the repository root, or absolute). Throws naming what is missing.
 */
function assetPath(what, distRelative, sourceFallback) {
    const candidates = [external_node_path_default().join(moduleDir, distRelative)];
    if (sourceFallback)
        candidates.push(external_node_path_default().resolve(repoRoot, sourceFallback));
    for (const candidate of candidates)
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return candidate;
    throw new Error(`cannot find ${what}; looked in ${candidates.join(', ')} (is dist/ complete?)`);
}

;// CONCATENATED MODULE: ./src/parse/tree-sitter-runtime.ts
/**
 * Loads web-tree-sitter and the grammar WASM files, from beside the bundle in `dist/`
 * or from `node_modules` when running from source. ncc cannot bundle the runtime itself
 * (it rewrites its `import("module")`), so the build copies it next to the bundle and we
 * import it by file URL at run time.
 */




/** Grammars we ship; the key is our language id, the value the npm package holding `<package>.wasm`. */
const GRAMMAR_PACKAGES = {
    python: 'tree-sitter-python',
};
let runtime;
const languages = new Map();
async function loadRuntime() {
    const pkg = packageDir('web-tree-sitter') ?? '';
    const file = assetPath('the web-tree-sitter runtime', 'web-tree-sitter.js', external_node_path_default().join(pkg, 'web-tree-sitter.js'));
    const module = (await import(/* webpackIgnore: true */ (0,external_node_url_namespaceObject.pathToFileURL)(file).href));
    await module.Parser.init();
    return module;
}
/** The web-tree-sitter module, initialised once per thread. */
function treeSitter() {
    runtime ??= loadRuntime();
    return runtime;
}
/** A grammar, loaded once per thread from its shipped `.wasm`. */
function language(id) {
    let loaded = languages.get(id);
    if (!loaded) {
        loaded = (async () => {
            const { Language } = await treeSitter();
            const pkgName = GRAMMAR_PACKAGES[id];
            const pkg = packageDir(pkgName) ?? '';
            const file = assetPath(`the ${id} grammar`, `grammars/${pkgName}.wasm`, external_node_path_default().join(pkg, `${pkgName}.wasm`));
            return Language.load((0,external_node_fs_namespaceObject.readFileSync)(file));
        })();
        languages.set(id, loaded);
    }
    return loaded;
}
/** A parser for one grammar; callers keep it for the life of their thread. */
async function createParser(id) {
    const { Parser } = await treeSitter();
    const parser = new Parser();
    parser.setLanguage(await language(id));
    return parser;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
