// exceljs as the CLI uses it: every workbook cli/xlsx reads or writes goes through this module, so
// its speed-ups are installed here once, before any read or write: the zip codec (zip-codec.ts),
// the zip writer that deflates parts as they come (zip-writer.ts), the shared empty styles
// (empty-styles.ts), the XML text joined as it grows (xml-text.ts), the usual cells and the notes'
// shapes written in one piece (cell-xml.ts, note-xml.ts), the shared-string table indexed in a Map
// (shared-strings.ts) and, for the CLI's own reads, XML parsed event by event (direct-parse.ts). So
// are the readers' repairs: notes kept on cells the sheet has no element for (cellless-notes.ts),
// and the others docs/architecture.md lists.
import ExcelJS from "exceljs";
import { installCellRefs } from "./cell-refs.ts";
import { installOnePieceCells } from "./cell-xml.ts";
import { installCelllessNotes } from "./cellless-notes.ts";
import { installDateResults } from "./date-results.ts";
import { installDirectParse } from "./direct-parse.ts";
import { installSharedEmptyStyles } from "./empty-styles.ts";
import { installIsoDates } from "./iso-dates.ts";
import { installOnePieceNotes } from "./note-xml.ts";
import { installMappedSharedStrings } from "./shared-strings.ts";
import { installStreamCells } from "./stream-cells.ts";
import { installStreamStrings } from "./stream-strings.ts";
import { installUnzipEnd } from "./unzip-end.ts";
import { installJoiningXmlText } from "./xml-text.ts";
import { installNativeZipCodec } from "./zip-codec.ts";
import { installAheadZipWriter } from "./zip-writer.ts";

installNativeZipCodec();
installAheadZipWriter();
installSharedEmptyStyles();
installJoiningXmlText();
installOnePieceCells();
installMappedSharedStrings();
installOnePieceNotes();
installDirectParse();
installCelllessNotes();
installCellRefs();
installStreamCells();
installStreamStrings();
installUnzipEnd();
installDateResults();
installIsoDates();

export default ExcelJS;
