/** Output formatting for docker's list commands. */
export {formatTable, tabwriterFormat} from './tabwriter.js';
export {formatTemplateTable, prepareFormat} from './template-table.js';
export {humanDuration, runningFor} from './duration.js';
export {statusText, type ContainerStatusInput} from './status.js';
export {displayablePorts, type Port} from './ports.js';
export {commandColumn, ellipsis} from './command.js';
export {stringWidth, runeWidth} from './rune-width.js';
