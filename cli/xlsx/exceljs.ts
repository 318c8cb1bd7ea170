// exceljs as the CLI uses it: every workbook cli/xlsx reads or writes goes through this module, so
// the zip codec (zip-codec.ts) and the shared empty styles (empty-styles.ts) are installed here
// once, before any read or write.
import ExcelJS from "exceljs";
import { installSharedEmptyStyles } from "./empty-styles.ts";
import { installNativeZipCodec } from "./zip-codec.ts";

installNativeZipCodec();
installSharedEmptyStyles();

export default ExcelJS;
