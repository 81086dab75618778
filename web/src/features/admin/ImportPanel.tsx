/** Drag a problem package (.zip) here, or pick one; shows upload progress and the API's verdict. */
import { useRef, useState, type DragEvent } from "react";
import { Link } from "react-router";
import { useImportPackage, type ProblemImported } from "../../api/admin";
import { errorMessage } from "../../api/client";
import { AlertIcon, CheckCircleIcon, UploadIcon } from "../../components/Icons";

export function ImportPanel() {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [done, setDone] = useState<ProblemImported | null>(null);
  const importer = useImportPackage();

  const upload = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setDone(null);
    setProgress(0);
    importer.mutate({ file, onProgress: setProgress }, { onSuccess: setDone, onSettled: () => setProgress(null) });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    upload(e.dataTransfer.files[0]);
  };

  return (
    <section className="card card-pad" aria-label="Import a problem package">
      <h2>Import a problem</h2>
      <div
        className={`dropzone ${dragging ? "dropzone-on" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <UploadIcon size={26} />
        <div>
          <strong>Drop a Kattis / ICPC package (.zip) here</strong>
          <div className="muted">A new slug creates a problem; an existing one gets a new version.</div>
        </div>
        <button className="btn btn-primary" onClick={() => input.current?.click()} disabled={importer.isPending}>
          Choose file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".zip,application/zip"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Problem package"
          data-testid="import-file"
          onChange={(e) => {
            upload(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      {progress !== null && (
        <div className="import-progress" role="status">
          <span className="spinner" aria-hidden="true" />{" "}
          {progress < 1 ? `Uploading ${fileName ?? ""}…` : "Validating the package…"}
          <div className="progress-bar">
            <div className="progress-fill" style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
        </div>
      )}
      {importer.isError && (
        <div className="import-result import-error" role="alert" data-testid="import-error">
          <AlertIcon />
          <div>
            <strong>{fileName} was rejected</strong>
            <pre className="import-message">{errorMessage(importer.error)}</pre>
          </div>
        </div>
      )}
      {done && (
        <div className="import-result import-ok" role="status" data-testid="import-ok">
          <CheckCircleIcon />
          <div>
            <strong>
              {done.created ? "Imported" : done.changed ? `Updated to version ${done.version}` : "Already up to date"}:{" "}
              <Link to={`/problems/${done.slug}`}>{done.title}</Link>
            </strong>
            <div className="muted mono">
              {done.slug} · v{done.version} · {done.content_hash.slice(0, 12)}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
