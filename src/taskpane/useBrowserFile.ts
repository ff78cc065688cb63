/**
 * Browser mode's file lifecycle, apart from the pane's layout: opening a .docx (or the sample)
 * with Cancel, the author name (remembered), plain-language errors, the reviewed copy kept in
 * memory until downloaded (never dropped silently: a warning before the page closes, a choice
 * before another file replaces it), and the download itself.
 */
import * as React from "react";
import type { CreateDocxHost, DocxDocumentHost } from "../host/types";
import { plainOpenError } from "./openErrors";
import { errorMessage } from "../engine/common/errorMessage";
import { isCancelled } from "../engine/common/cancelled";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MAX_DOCX_BYTES = 50 * 1024 * 1024;
const AUTHOR_KEY = "termscore.author";

/** The file's bytes (Blob.arrayBuffer where available, FileReader elsewhere, e.g. older Safari). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

function reviewedName(fileName: string): string {
  return fileName.replace(/\.docx$/i, "") + ".reviewed.docx";
}

function storedAuthor(): string {
  try {
    return window.localStorage.getItem(AUTHOR_KEY) ?? "";
  } catch {
    return "";
  }
}

export interface BrowserFileOptions {
  /** The open file's host: its state lives in the pane, which reviews it before this hook runs. */
  docx: DocxDocumentHost | null;
  setDocx(docx: DocxDocumentHost): void;
  /** How many writes reached the copy so far (edits, comments, addendum, restores). */
  writes: number;
  openDocx?: CreateDocxHost;
  cancelOpen?: () => void;
  download(fileName: string, data: string | Uint8Array, mime: string): void;
}

/** The pane reviews the open document and tells this hook how many writes reached it, so an undownloaded copy is known. */
export function useBrowserFile({ docx, setDocx, writes, openDocx, cancelOpen, download }: BrowserFileOptions) {
  const [opening, setOpening] = React.useState(false);
  // the opening's step as the worker reports it ("Unpacking the file…", "Reading the text…")
  const [openStep, setOpenStep] = React.useState<{ label: string; value: number } | null>(null);
  const [openError, setOpenError] = React.useState<string | null>(null);
  const [author, setAuthor] = React.useState(storedAuthor);
  const changeAuthor = React.useCallback((name: string) => {
    setAuthor(name);
    try {
      window.localStorage.setItem(AUTHOR_KEY, name);
    } catch {
      // Storage can be off (private windows): the name still works for this session.
    }
  }, []);

  // Writes that reached the copy against those downloaded.
  const [savedWrites, setSavedWrites] = React.useState(0);
  const [pendingFile, setPendingFile] = React.useState<File | null>(null);
  const unsaved = !!docx && writes > savedWrites;
  React.useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  // Each opening gets a number; Cancel moves it on, so a late result is dropped.
  const openSeq = React.useRef(0);
  const openBytes = React.useCallback(
    async (name: string, read: () => Promise<Uint8Array>) => {
      if (!openDocx) return;
      const seq = ++openSeq.current;
      setOpenError(null);
      setOpening(true);
      setOpenStep(null);
      try {
        const data = await read();
        if (seq !== openSeq.current) return;
        const onProgress = (label: string, done: number, total: number) => {
          if (seq === openSeq.current) setOpenStep({ label, value: total > 0 ? done / total : 0 });
        };
        const opened = await openDocx(data, name, { author: author.trim() || undefined, onProgress });
        if (seq !== openSeq.current) return;
        setSavedWrites(0);
        setDocx(opened);
      } catch (e) {
        if (seq === openSeq.current && !isCancelled(e)) setOpenError(plainOpenError(name, e));
      } finally {
        if (seq === openSeq.current) setOpening(false);
      }
    },
    [openDocx, author, setDocx]
  );
  const cancelOpening = React.useCallback(() => {
    openSeq.current++;
    setOpening(false);
    cancelOpen?.();
  }, [cancelOpen]);

  const open = React.useCallback(
    async (file: File) => {
      if (!openDocx) return;
      setOpenError(null);
      if (!/\.docx$/i.test(file.name)) {
        setOpenError(`“${file.name}” is not a .docx file. Save it from Word as a Word Document (.docx) first.`);
        return;
      }
      if (file.size > MAX_DOCX_BYTES) {
        setOpenError(`“${file.name}” is larger than 50 MB; TermScore does not open files that big.`);
        return;
      }
      await openBytes(file.name, () => readFileBytes(file));
    },
    [openDocx, openBytes]
  );

  /** A file chosen or dropped: opened at once, or held while the user decides about the unsaved copy. */
  const onOpen = React.useCallback(
    (file: File) => {
      if (unsaved) setPendingFile(file);
      else void open(file);
    },
    [unsaved, open]
  );

  const trySample = React.useCallback(
    (loadSample: () => Promise<Uint8Array>) => {
      if (unsaved) setOpenError("Download or discard the reviewed copy first (open another file to choose).");
      else void openBytes("sample-contract.docx", loadSample);
    },
    [unsaved, openBytes]
  );

  const save = React.useCallback(async () => {
    if (!docx) return;
    try {
      const now = writes;
      download(reviewedName(docx.fileName), await docx.save(), DOCX_MIME);
      setSavedWrites(now);
    } catch (e) {
      setOpenError(`Could not save the reviewed copy: ${errorMessage(e)}`);
    }
  }, [docx, download, writes]);

  /** The file held back by onOpen: opened now (dropping an unsaved copy), or forgotten. */
  const openPending = React.useCallback(() => {
    const f = pendingFile;
    setPendingFile(null);
    if (f) void open(f);
  }, [pendingFile, open]);
  const cancelPending = React.useCallback(() => setPendingFile(null), []);

  return {
    opening,
    openStep,
    openError,
    author,
    changeAuthor,
    unsaved,
    pendingFile,
    onOpen,
    trySample,
    save,
    openPending,
    cancelPending,
    cancelOpening,
  };
}
