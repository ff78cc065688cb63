#!/usr/bin/python3
"""Writes a .docx with a footnote, an endnote, a header and a footer, using LibreOffice Writer
(headless, through UNO): a real, independent producer of those parts for the reader's tests.

Usage: /usr/bin/python3 lo_make_parts.py OUT.docx
The contract text is written for TermScore's tests.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from lo_check import Office, prop  # noqa: E402

BODY = [
    'This Design Agreement is made between Kestrel Studio Ltd ("Studio") and Mara Quinn ("Designer").',
    '1. Deliverables. "Deliverables" means the logos and layouts the Designer creates for the Studio.',
    "2. Payment. The Studio shall pay the Designer within 30 days of each invoice.",
    "3. Use. The Studio may use the Deliverables for any purpose.",
]
FOOTNOTE = "The Studio may also use the Deliverables to train its machine learning models."
ENDNOTE = "Invoices are sent by email."
HEADER = "Kestrel Studio confidential draft"
FOOTER = "The Studio Standard Terms available at https://kestrel.example.test/terms are incorporated by reference."


def main(out):
    office = Office()
    doc = office.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    text = doc.getText()
    cursor = text.createTextCursor()
    for i, para in enumerate(BODY):
        text.insertString(cursor, para, False)
        if i == 3:
            note = doc.createInstance("com.sun.star.text.Footnote")
            text.insertTextContent(cursor, note, False)
            note.getText().setString(FOOTNOTE)
            end = doc.createInstance("com.sun.star.text.Endnote")
            text.insertTextContent(cursor, end, False)
            end.getText().setString(ENDNOTE)
        if i < len(BODY) - 1:
            text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
    style = doc.getStyleFamilies().getByName("PageStyles").getByName("Standard")
    style.HeaderIsOn = True
    style.FooterIsOn = True
    style.HeaderText.setString(HEADER)
    style.FooterText.setString(FOOTER)
    doc.storeToURL("file://" + os.path.abspath(out), (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1])
