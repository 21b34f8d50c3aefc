package org.opdl.schema.xlsx;

import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * A sheet of the workbook: its name as the tabs show it, and the part holding its XML.
 *
 * @param name the sheet's name
 * @param part its part in the package
 */
record SheetRef(String name, PackagePart part) {

    /** The part's name, such as {@code /xl/worksheets/sheet2.xml}. */
    String partName() {
        return part.getPartName().getName();
    }
}
