/**
 * CSV and tab-separated text for the roadmap: the one delimited-text reader of src/domain/common, re-exported
 * under the names the roadmap's modules use.
 */
export { guessDelimiter, parseDelimited, type Delimited } from "../common/delimited";
