/** The school's snapshot for the municipality: format, building, text codec, flat rows. */
export { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, SnapshotSchema, type Snapshot, type SnapshotIndicator } from "./schema";
export { buildSnapshot } from "./build";
export { schoolFigures, type IndicatorFigure, type SchoolFigures } from "./figures";
export {
  CHUNK,
  joinChunks,
  readSnapshotText,
  readSnapshotValue,
  snapshotJson,
  splitChunks,
  type SnapshotFailureKind,
  type SnapshotRead,
} from "./codec";
export { BIGQUERY_SCHEMA, snapshotRows, toNdjson, type BigQueryField, type RowKind, type SnapshotRow } from "./rows";
export { SNAPSHOT_TEXT } from "./messages";
export { ADDON_VERSION } from "./version";
