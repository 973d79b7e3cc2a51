/**
 * CSV contact imports at scale.
 *
 * <h2>Flow</h2>
 * <ol>
 * <li>{@code POST /api/v1/imports} (multipart part {@code file}): the servlet container streams the upload to a
 * temporary file (never into memory; {@code spring.servlet.multipart.*} allows up to 512 MB), which is moved to
 * {@code contact.imports.storage-directory}. The delimiter ({@code , ; TAB |}) is detected from the header line,
 * the header and five sample rows are read, a column → field mapping is suggested. Status UPLOADED.</li>
 * <li>{@code POST /api/v1/imports/{id}/start} with the mapping, an optional list and consent source (which needs an
 * attestation): status RUNNING, a background job starts ({@code contact.imports.concurrent-imports} at once).</li>
 * <li>The job ({@link io.tendlc.contact.imports.ImportJob}): one thread streams the file through fastcsv (UTF-8
 * with or without BOM, CRLF, quoted delimiters and newlines), normalises the phone (libphonenumber, US; invalid or
 * non-US → rejected with the reason), validates the other fields and encodes each row as PostgreSQL COPY text into
 * the chunk of the writer owning the number; {@code contact.imports.writers} writer threads, each with its own
 * connection, commit chunks of {@code contact.imports.chunk-rows} rows (see
 * {@link io.tendlc.contact.imports.ChunkWriter}: COPY straight into contact when no phone of the chunk exists yet,
 * else COPY into a staging table and {@code INSERT … ON CONFLICT (organization_id, phone) DO UPDATE}).</li>
 * <li>Progress is written every {@code contact.imports.progress-interval} (500 ms) and served by
 * {@code GET /{id}} and {@code GET /{id}/events} (SSE); rejections by {@code GET /{id}/rejections.csv}.</li>
 * <li>At the end, in one transaction: COMPLETED, {@code contact.import_completed} (ContactsImported) and
 * {@code audit.recorded} through the outbox. The file is deleted.</li>
 * </ol>
 *
 * <h2>What a row does</h2>
 * <ul>
 * <li>Rows apply in file order: a phone repeated in the file ends up with its last row's values (rowsDuplicate
 * counts the repeats). An empty cell never erases what the contact holds; tags and custom fields add up.</li>
 * <li>With a consent source, contacts become OPTED_IN with that source — except an OPTED_OUT contact, which stays
 * OPTED_OUT with its own source (never overridden, whatever the order with a concurrent opt-out).</li>
 * <li>Counters: rowsTotal = data rows of the file; rowsImported = accepted rows (repeats included);
 * rowsRejected; contactsCreated = new contacts. The {@code phonesSha256} of the event is the SHA-256 of every
 * accepted row's E.164 number followed by a newline, in file order.</li>
 * <li>Row numbers are a spreadsheet's: the header is row 1, the first data row row 2 (a quoted newline does not
 * start a row).</li>
 * </ul>
 *
 * <h2>Failure and restart: nothing half-applied, nothing unexplained</h2>
 * Each chunk — its contacts, list memberships, rejections and its {@code import_chunk} row (writer, rows, last
 * row) — commits in one transaction, so the database holds whole chunks only, and {@code import_chunk} says which.
 * A failing job (database error, unreadable file, shutdown) rolls back its open chunks and is marked FAILED with
 * the error, its counters recomputed from the committed chunks. If the instance dies, its heartbeat
 * ({@code heartbeat_at}, every 500 ms) stops and another instance (or this one after a restart) marks the import
 * FAILED after {@code contact.imports.stale-after} (60 s). A FAILED import whose file is still stored can be
 * started again ({@code POST /{id}/start}, with the settings it was first started with): the file is read again
 * from the start (counters and the SHA-256 cover the whole file) but each writer writes only the rows after its last
 * committed row — re-applying nothing, so the outcome equals an uninterrupted run.
 */
package io.tendlc.contact.imports;
