#!/usr/bin/python3
"""The other side's counter-redlines, authored by a real word processor: LibreOffice Writer
(headless, through UNO) opens a .docx as another author, records its edits as tracked changes,
rejects some of ours, comments, and saves as .docx (optionally also a clean copy: every change
accepted).

Usage: /usr/bin/python3 lo_counter.py SPEC.json
SPEC: {"input", "output", "clean"?, "author": "Given Family", "date"?: ISO date of its comments, "steps": [...]} where a step is one of
  {"reject": "words"}                          reject every tracked change in the paragraph holding the words
  {"replace": "old words", "with": "new"}      a tracked replacement of the first occurrence
  {"insertAfter": "words", "text": "..."}      a tracked insertion right after the words
  {"insertBefore": "words", "text": "..."}     a tracked insertion right before the words
  {"paragraphAfter": "words", "text": "..."}   a new paragraph, inserted whole (tracked), after the paragraph holding the words
  {"deleteParagraph": "opening words"}         the whole paragraph, mark included, as a tracked deletion
  {"comment": "words", "content": "..."}       a comment anchored on the words
Prints one JSON line: {"ok", "error"?, "redlines": [{"type","author"}]}.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402,F401
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402
from com.sun.star.util import DateTime  # noqa: E402
from lo_check import Office, prop, redlines  # noqa: E402


def set_user(office, author):
    given, _, family = author.partition(" ")
    provider = office.ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", office.ctx)
    arg = PropertyValue()
    arg.Name = "nodepath"
    arg.Value = "/org.openoffice.UserProfile/Data"
    access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess", (arg,))
    access.setPropertyValue("givenname", given)
    access.setPropertyValue("sn", family)
    access.commitChanges()


def date_time(iso):
    """A UNO DateTime of an ISO 'YYYY-MM-DDTHH:MM:SSZ' (a comment's date, as Word would stamp it)."""
    d = DateTime()
    d.Year, d.Month, d.Day = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    d.Hours, d.Minutes, d.Seconds = int(iso[11:13]), int(iso[14:16]), int(iso[17:19])
    return d


def find(doc, words):
    sd = doc.createSearchDescriptor()
    sd.SearchString = words
    sd.SearchCaseSensitive = True
    found = doc.findFirst(sd)
    if found is None:
        raise RuntimeError("not found: %s" % words)
    return found


def paragraph_of(doc, words):
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.Paragraph") and words in el.getString():
            return el
    raise RuntimeError("no paragraph holds: %s" % words)


def run(office, spec):
    set_user(office, spec["author"])
    doc = office.load(spec["input"])
    try:
        text = doc.getText()
        controller = doc.getCurrentController()
        for step in spec["steps"]:
            if "reject" in step:
                para = paragraph_of(doc, step["reject"])
                cursor = text.createTextCursorByRange(para.getStart())
                cursor.gotoEndOfParagraph(True)
                controller.select(cursor)
                office.dispatch(doc, ".uno:RejectTrackedChange")
                continue
            doc.setPropertyValue("RecordChanges", True)
            if "replace" in step:
                find(doc, step["replace"]).setString(step["with"])
            elif "insertAfter" in step:
                found = find(doc, step["insertAfter"])
                cursor = found.getText().createTextCursorByRange(found.getEnd())
                found.getText().insertString(cursor, step["text"], False)
            elif "insertBefore" in step:
                found = find(doc, step["insertBefore"])
                cursor = found.getText().createTextCursorByRange(found.getStart())
                found.getText().insertString(cursor, step["text"], False)
            elif "paragraphAfter" in step:
                para = paragraph_of(doc, step["paragraphAfter"])
                cursor = text.createTextCursorByRange(para.getEnd())
                text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
                text.insertString(cursor, step["text"], False)
            elif "deleteParagraph" in step:
                para = paragraph_of(doc, step["deleteParagraph"])
                cursor = text.createTextCursorByRange(para.getStart())
                cursor.gotoEndOfParagraph(True)
                cursor.goRight(1, True)
                cursor.setString("")
            elif "comment" in step:
                found = find(doc, step["comment"])
                note = doc.createInstance("com.sun.star.text.textfield.Annotation")
                note.setPropertyValue("Author", spec["author"])
                note.setPropertyValue("Content", step["content"])
                if spec.get("date"):
                    note.setPropertyValue("DateTimeValue", date_time(spec["date"]))
                found.getText().insertTextContent(found, note, True)
            doc.setPropertyValue("RecordChanges", False)
        result = {"ok": True, "redlines": redlines(doc)}
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(spec["output"])), (prop("FilterName", "MS Word 2007 XML"),))
        if spec.get("clean"):
            office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
            enum = doc.getTextFields().createEnumeration()
            while enum.hasMoreElements():
                f = enum.nextElement()
                if f.supportsService("com.sun.star.text.TextField.Annotation"):
                    f.dispose()
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(spec["clean"])), (prop("FilterName", "MS Word 2007 XML"),))
        return result
    finally:
        doc.close(True)


def main(argv):
    with open(argv[0], encoding="utf-8") as f:
        spec = json.load(f)
    office = Office()
    try:
        try:
            res = run(office, spec)
        except Exception as e:
            res = {"ok": False, "error": str(e)}
        sys.stdout.write(json.dumps(res, ensure_ascii=False) + "\n")
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
