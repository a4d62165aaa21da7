package org.toolkitpress.report;

import java.util.List;

/** RFC 4180 CSV for a spreadsheet: every cell quoted, CRLF line ends, formulas neutralised. */
final class Csv {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-\\d+(\\.\\d+)?");

    private Csv() {
    }

    static String of(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String cell(String text) {
        // Quoting keeps commas and quotes intact; a leading = + - @ is neutralised so a
        // spreadsheet does not run a school's text as a formula. A negative number is no formula
        // and stays a number.
        String value = text == null ? "" : text;
        boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches();
        String safe = formula ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
