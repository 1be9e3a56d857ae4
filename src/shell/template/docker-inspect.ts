/**
 * docker inspect's template execution (cli/command/inspect/inspector.go, v28.2): run on the
 * typed value; if that fails, decode the raw JSON into maps and run again with
 * missingkey=error, whose error (if any) is the one reported.
 */
import {DOCKER_RAW_MODEL, DOCKER_TYPED_MODEL} from './docker-model.js';
import {TemplateError} from './errors.js';
import type {ParsedTemplate} from './parser.js';
import {execute, parse} from './render.js';

export interface InspectTemplate {
	source: string;
	parsed: ParsedTemplate;
}

/** Parses once per command, as docker does before fetching any object. Throws TemplateError. */
export function parseInspectTemplate(source: string): InspectTemplate {
	return {source, parsed: parse(source)};
}

/** Renders one inspected object (without the newline docker appends). Throws TemplateError. */
export function renderInspectObject(tmpl: InspectTemplate, object: unknown): string {
	try {
		return execute(tmpl.parsed, tmpl.source, object, {missingKey: 'default', model: DOCKER_TYPED_MODEL});
	} catch (e) {
		if (!(e instanceof TemplateError)) throw e;
		return execute(tmpl.parsed, tmpl.source, object, {missingKey: 'error', model: DOCKER_RAW_MODEL});
	}
}
