#!/usr/bin/python3
"""Independent reader for TermScore's .docx output: LibreOffice Writer, headless, through UNO.

Usage: /usr/bin/python3 lo_check.py [--pdf-dir DIR] FILE.docx...

Starts one soffice (throwaway profile), and for each file prints one JSON line:
  {"file", "ok", "error"?, "text": [...], "redlines": [{"type","author"}], "comments": [{"author","content"}],
   "rejected": [...], "accepted": [...], "pdf"?}
where text / rejected / accepted are the paragraphs as LibreOffice reads them (table cells in row order)
before any change, after Reject All and after Accept All. soffice is killed on exit, on error and on timeout.
"""
import atexit
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno  # noqa: F401  (python3-uno)
from com.sun.star.beans import PropertyValue

TOTAL_TIMEOUT = int(os.environ.get("LO_TIMEOUT", "240"))


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="termscore-lo-")
        self.pipe = "termscore%d" % os.getpid()
        self.proc = subprocess.Popen(
            [
                "soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=file://" + self.profile,
                "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe,
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        atexit.register(self.close)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 90
        while True:
            try:
                self.ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("LibreOffice did not start")
                time.sleep(0.3)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)

    def load(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False)))
        if doc is None:
            raise RuntimeError("LibreOffice could not open the file")
        return doc

    def dispatch(self, doc, command):
        frame = doc.getCurrentController().getFrame()
        self.dispatcher.executeDispatch(frame, command, "", 0, ())

    def close(self):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except Exception:
                pass
            try:
                self.proc.wait(timeout=10)
            except Exception:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)


def paragraphs(text):
    out = []
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            for name in cell_names(el):
                out.extend(paragraphs(el.getCellByName(name).getText()))
        elif el.supportsService("com.sun.star.text.Paragraph"):
            out.append(el.getString())
    return out


def cell_names(table):
    def key(name):
        col = "".join(c for c in name if c.isalpha())
        row = int("".join(c for c in name if c.isdigit()) or 0)
        n = 0
        for c in col:
            n = n * 52 + (ord(c) - (65 if c.isupper() else 71))
        return (row, len(col), n)
    return sorted(table.getCellNames(), key=key)


def look(text):
    """Top-level paragraphs with their font, size and list label (after Accept All): does added text
    look like the body, and has it picked up the document's numbering?"""
    out = []
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        el = enum.nextElement()
        if el.supportsService("com.sun.star.text.Paragraph"):
            try:
                label = el.getPropertyValue("ListLabelString")
            except Exception:
                label = ""
            # the look of the first portion that holds text (what a reader sees), else the paragraph's
            font, size = el.getPropertyValue("CharFontName"), el.getPropertyValue("CharHeight")
            portions = el.createEnumeration()
            while portions.hasMoreElements():
                portion = portions.nextElement()
                if portion.getString().strip():
                    font, size = portion.getPropertyValue("CharFontName"), portion.getPropertyValue("CharHeight")
                    break
            out.append({"text": el.getString(), "font": font, "size": size, "label": label or ""})
    return out


def redlines(doc):
    out = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        out.append({"type": r.getPropertyValue("RedlineType"), "author": r.getPropertyValue("RedlineAuthor")})
    return out


def comments(doc):
    out = []
    enum = doc.getTextFields().createEnumeration()
    while enum.hasMoreElements():
        f = enum.nextElement()
        if f.supportsService("com.sun.star.text.TextField.Annotation"):
            try:
                anchor = f.getAnchor().getString()
            except Exception:
                anchor = None
            out.append({"author": f.getPropertyValue("Author"), "content": f.getPropertyValue("Content"), "anchor": anchor})
    return out


def check(office, path, pdf_dir):
    result = {"file": path, "ok": True}
    doc = office.load(path)
    try:
        result["text"] = paragraphs(doc.getText())
        result["redlines"] = redlines(doc)
        result["comments"] = comments(doc)
        if pdf_dir:
            pdf = os.path.join(pdf_dir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(pdf)), (prop("FilterName", "writer_pdf_Export"),))
            result["pdf"] = pdf
        office.dispatch(doc, ".uno:RejectAllTrackedChanges")
        result["rejected"] = paragraphs(doc.getText())
        result["redlinesAfterReject"] = len(redlines(doc))
    finally:
        doc.close(True)
    doc = office.load(path)
    try:
        office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
        result["accepted"] = paragraphs(doc.getText())
        result["acceptedLook"] = look(doc.getText())
    finally:
        doc.close(True)
    return result


def main(argv):
    pdf_dir = None
    files = []
    i = 0
    while i < len(argv):
        if argv[i] == "--pdf-dir":
            pdf_dir = argv[i + 1]
            i += 2
        else:
            files.append(argv[i])
            i += 1

    def on_timeout(_sig, _frame):
        raise TimeoutError("LibreOffice check timed out after %ds" % TOTAL_TIMEOUT)

    def on_term(_sig, _frame):
        sys.exit(3)  # runs the finally / atexit below, which kill soffice

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    signal.signal(signal.SIGALRM, on_timeout)
    signal.alarm(TOTAL_TIMEOUT)
    office = Office()
    try:
        for path in files:
            try:
                res = check(office, path, pdf_dir)
            except Exception as e:  # report per file, keep going
                res = {"file": path, "ok": False, "error": str(e)}
            sys.stdout.write(json.dumps(res, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    finally:
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
