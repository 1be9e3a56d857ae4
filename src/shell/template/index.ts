/** Go text/template for docker's --format / -f flags. */
export {TemplateError} from './errors.js';
export {renderTemplate, parse, execute, type RenderOptions} from './render.js';
export {dockerTemplateError, dockerInspectExitCode} from './docker-errors.js';
export {parseInspectTemplate, renderInspectObject, type InspectTemplate} from './docker-inspect.js';
export {DOCKER_TYPED_MODEL, DOCKER_RAW_MODEL, dockerLooksLikeMap, dockerNilText} from './docker-model.js';
export {HEADER_FUNCTIONS, FUNCTIONS, type FuncSpec} from './functions.js';
export type {ValueModel} from './exec.js';
export {goQuote} from './go-strconv.js';
export {TypedNil} from './values.js';
