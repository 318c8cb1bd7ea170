// exceljs as the CLI uses it: every workbook cli/xlsx reads or writes goes through this module, so
// the zip codec is swapped here once, before any read or write (see zip-codec.ts).
import ExcelJS from "exceljs";
import { installNativeZipCodec } from "./zip-codec.ts";

installNativeZipCodec();

export default ExcelJS;
