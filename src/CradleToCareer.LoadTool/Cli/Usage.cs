namespace CradleToCareer.LoadTool.Cli;

public static class Usage
{
    public const string Text = """
        CradleToCareer.LoadTool: synthetic student journeys sent to the record service, timed.

          sample          --events 20 [--students N|auto] [--seed 42] [--tag s42]
                          Print generated events as NDJSON on stdout.
          ingest          --url http://127.0.0.1:5080 --events 1000000 [--students auto] [--batch 1000]
                          [--concurrency 4] [--seed 42] [--tag s42] [--host-pid PID] [--persons-out persons.txt]
                          [--markdown out.md] [--max-duration 3600] [--timeout 120] [auth]
                          POST batches to /v1/events and report throughput, latency, statuses and host memory.
          import          --url http://127.0.0.1:5080 --file events.ndjson [--results results.ndjson] [--timeout 60] [auth]
                          Uploads the NDJSON file to POST /v1/imports as one job (progress on stderr: bytes and lines sent,
                          rate), follows the job every second (processed/lines, events/s, ETA), writes every line's result
                          to --results once it is done, and prints a Markdown summary to paste: lines, counts by status,
                          upload and processing seconds, events/s. --timeout bounds each status read, not the job; while
                          the service does not answer (hosts restarting) it keeps following for up to 10 minutes.
          reads           --url ... [--rate 1000] [--duration 30] [--warmup 0] [--persons-from persons.txt]
                          [--background-ingest-rate 0] [--batch 100] [--connections 64] [--max-in-flight 10000]
                          [--host-pid PID] [--markdown out.md] [--timeout 30] [auth]
                          GET /v1/students/{personId} at a fixed open-loop rate, optionally while ingesting.
          copy-reference  --connection "Host=...;Username=...;Database=..." [--events 1000000] [--students auto]
                          [--batch 1000] [--concurrency 1] [--seed 42] [--primary-key] [--markdown out.md]
                          Binary COPY of the same events into a scratch table (dropped afterwards).
          identity        --url http://127.0.0.1:5080 [--baseline-url http://127.0.0.1:5081] [--records 10000]
                          [--overlap 0.8] [--seed 7] [--tag id7] [--batch 500] [--concurrency 2] [--warmup 0]
                          [--markdown out.md] [--errors-out errors.txt] [--timeout 120] [--dry-run] [auth]
                          [--corruption key=B,key=A:B,...] [--order a-then-b|b-then-a|shuffled]
                          Two synthetic sources of person records with realistic corruption, linked only through PII;
                          ingests them through the HTTP API and reports pairwise precision, recall and F1 against the truth
                          and the review-queue size. Pass 1 sends every record under a new id (the service matches it);
                          pass 2 sends a follow-up per record by its known id and counts records that land elsewhere.
                          --baseline-url: a second instance on the same machine, with its own empty database, started
                          with C2C__Identity__Matching__Enabled=false. The same pass 1 (same events and ids, same batch
                          size and concurrency) goes there first, then to --url; the throughput ratio is pass 1 events/s
                          with matching / baseline events/s. The baseline should link no pairs (warned otherwise).
                          Without it no ratio is measured and the bar is precision and recall only.
                          --order: all of source A answered before source B is sent (default), B before A, or both
                          sources in one stream shuffled by --seed; pass 2 follows the same order.
                          --warmup N: before anything is timed, N records per source of a separate population (another
                          seed and tag, no shared id or SSN) go to each host to warm JIT and connections; never scored.
                          Keep it small next to --records: on --url they stay as candidates for matching.
                          Exits 1 when precision < 0.999, recall < 0.99, throughput ratio < 0.70 (with --baseline-url)
                          or events failed. --dry-run prints the generator's statistics without contacting a service.
                          --corruption: replace the rate of a corruption kind for source B (key=B) or both (key=A:B); the
                          dry run's corruption table lists the keys and default rates (docs/identity.md).
                          With admin credentials its own client gets roles source and steward (on the baseline: source,
                          registered there too). The same --seed makes the same persons: against a service that has seen
                          them, change --seed as well as --tag.
                          --errors-out FILE: after scoring, a plain-text list of pass 1's mistakes, one block per
                          predicted person holding records of several true persons (largest first) and per true person
                          whose A and B records landed apart (by person number, with counts by corruption kind); each
                          record with its PII, true person and corruption kinds; at most 300 blocks per section.
          identity        --febrl dataset1.csv [--order originals-first|duplicates-first|shuffled] --url ... [--seed 7]
                          [--tag id7] [--batch 500] [--concurrency 2] [--markdown out.md] [--timeout 120] [auth]
                          A FEBRL person file (rec_id, given_name, surname, street_number, address_1, address_2, suburb,
                          postcode, state, date_of_birth, soc_sec_id) instead of the generator: each record goes as its own
                          c2c.k12.enrollment.started under its own local: id of one catalog high school, in the chosen
                          order (shuffled by --seed). Postcode 2776 becomes 02776, soc_sec_id 6988048 the SSN 50 + 6988048 written 3-2-4,
                          an invalid date of birth is left out (counted). Reports precision, recall and F1 against the
                          file's truth (rec-n-org and rec-n-dup-k are one person), the review-queue growth as a share of
                          the records, and true pairs missed by the fields in which the two records differ. Exits 1 when
                          precision < 0.999, recall < 0.99, the queue grew by more than 2% of the records or events failed.
                          Each file and order needs a fresh service (an empty database or a new embedded host): records
                          of an earlier run would be candidates. --concurrency 1 keeps the arrival order exact.
          identity        --replay [--records 10000] [--seed 7] [--corruption ...] [--order ...] | --replay --febrl dataset1.csv [--order ...]
                          The matcher's decisions without a service, for tuning in seconds: each record in order is
                          compared with the earlier ones sharing a blocking key and placed under the default weights and
                          thresholds (no EM), bridging links merge persons; one line of precision, recall, F1, review
                          queue and merges. Judges no bar (exit 0); the bars are judged on runs against the service.
          views           --url http://127.0.0.1:5080 [--students 200] [--min-courses 60] [--seed 11] [--tag v11]
                          [--transcripts 2000] [--concurrency 8] [--throughput-duration 20] [--warmup 200]
                          [--background-ingest-rate 200] [--markdown out.md] [--timeout 60]
                          --admin-client-id ID --admin-client-secret S [--org loadtest]
                          The consented views, measured. Setup: --students "full record" students (four high-school
                          years, 48 course records, then college terms until at least --min-courses courses in all, at
                          most 200) are ingested by organization --org (roles source and student-portal), and each
                          consents (scopes transcript and progress, grantor per rules.md) to organization <org>-reader,
                          whose client (roles college and advisor) makes every measured request. Then, while other
                          students are ingested at --background-ingest-rate events/s (0: none), all closed loop with
                          --concurrency workers: --warmup untimed transcript issues (half JSON, half JWS) interleaved
                          with as many GETs (progress, /v1/me), --transcripts POST /v1/students/{id}/transcripts, Accept
                          application/json, then as many with application/jwt (p50/p90/p99/max per format; each answer
                          checked: 201, Location, Content-Type, JSON with a transcriptId or a JWS with three parts, an
                          ES256 header with a kid and a 64-byte signature), then --throughput-duration seconds each of
                          GET /v1/me (the reference: same host, same bearer token), GET progress of random students,
                          and GET /v1/me again; progress requests/s over the mean of the two reference runs.
                          Exits 1 when a transcript p99 >= 50 ms in either format, progress / reference < 0.5, or any
                          request failed (setup failures stop the run with exit code 2). Against a service that has
                          seen a run, give a new --seed and --tag: the same pair re-sends duplicates (the background
                          ingest too), and a new --tag alone would give the same persons every course twice.
                          A 429 means the host's per-client rate limit (C2C__RateLimits__RequestsPerSecond) capped a run.
          alerts          --url http://127.0.0.1:5080 [--students 2000] [--rate 1000] [--duration 60] [--alert-share 0.1]
                          [--receiver-port 0] [--drain 120] [--seed 5] [--tag a<yyMMddHHmmss>] [--markdown out.md]
                          [--timeout 30] [--kill-after S --host-pid-file FILE --restart-command "CMD"]
                          --admin-client-id ID --admin-client-secret S [--org loadtest]
                          Milestone webhook latency, end to end. The host must run with C2C__Webhooks__AllowLoopback=true.
                          Setup: organization --org (roles source and student-portal) ingests one K-12 enrollment for each
                          of 2 x --students new students; the first --students consent (scope alerts) to organization
                          <org>-alerts-<tag>, whose client (role subscriber) subscribes a webhook receiver on 127.0.0.1
                          (--receiver-port, 0: a free port) to milestones ["*"]. Then --rate events/s for --duration seconds,
                          50 ms batches, at most 8 unanswered: a share --alert-share (0.1 or 10%) are milestone events for
                          the consented students (FAFSA submitted, postsecondary enrolled, graduated, Cal Grant disbursed,
                          credential earned: one each, in that order, so --students x 5 bounds the milestones), the rest
                          courses and attendance of the other students (no milestone, no risk flag). The receiver checks
                          each signature (whsec_ secret, HMAC-SHA256 over id.timestamp.body; 401 when wrong) and times each
                          alert from the ingest answer that acknowledged its event. After ingest, up to --drain seconds for
                          every owed alert, 5 s more for late ones, then the subscription is stopped. Reports events
                          sent/acked, alerts expected/received, lost, milestones with more than one alert id,
                          redeliveries under the same id, signature failures, latency p50/p95/p99/max.
                          Kill mode (durable host only): --kill-after seconds into ingest the pid in --host-pid-file gets
                          SIGKILL, --restart-command runs with bash -c without being awaited (start the host in the
                          background and redirect its output), /health/ready is polled until 200 (at most 3 min); batches
                          refused or unanswered meanwhile are re-sent until acknowledged. Latency is reported for all alerts
                          and for those the outage did not touch (their batch went through at once and their span from ack
                          to arrival misses [kill, ready]); a kill run judges loss and ids, not latency.
                          Exits 1 when (without a kill) p99 >= 500 ms, an alert was lost, a milestone came under two ids, a
                          signature failed or an event was not accepted; 2 when setup or the kill failed. The default tag is new
                          every second, so reruns against one database start with new persons.
          transcript-requests --url http://127.0.0.1:5080 [--students 500] [--awaiting-students 200] [--rate 50]
                          [--ingest-rate 1000] [--duration-seconds 60] [--grant-rate 20] [--receiver-port 0] [--drain 60]
                          [--seed 13] [--tag t<yyMMddHHmmss>] [--markdown out.md] [--timeout 30]
                          [--kill-after S --host-pid-file FILE --restart-command "CMD"]
                          --admin-client-id ID --admin-client-secret S [--org loadtest]
                          E-transcript requests (exchange.md), timed. The host must run with C2C__Webhooks__AllowLoopback=true.
                          Setup: organization --org (roles source and student-portal) ingests --students + --awaiting-students
                          full-record students (at least 60 courses each) and one K-12 enrollment for each of 1,000
                          background students; the first --students consent (scope transcript) to organization
                          <org>-college-<tag> (role college), which sends every request. A webhook receiver listens on
                          127.0.0.1 (--receiver-port, 0: a free port) and checks each push's signature with the secret of
                          the request's 202 (401 when wrong). Throughout the measurement --ingest-rate events/s of courses
                          and attendance go to the background students (0: none; batches as in alerts, re-sent until
                          acknowledged). Phase "consented": --rate requests/s, open loop, for --duration-seconds about the
                          consented students, without delivery; latency from just before the POST to issued (the 202 when
                          it says issued, else the first GET every 10 ms that does). Bar: p99 < 100 ms, every answer 202 and
                          issued. Phase "consent-grant": one request per student without consent, with delivery to the
                          receiver, each to be answered 202 awaiting-consent; then those students consent one by one at
                          --grant-rate grants/s; latency from just before the consent's POST to the first arrival of the
                          request's issued push. Bar: p99 < 500 ms, no issued push lost after --drain s, each (request,
                          status) under one webhook id, no signature failure. Reports answers by status, p50/p95/p99/max,
                          pushes per status, redeliveries under one id, and a PASS/MISS table of the bars.
                          Kill mode (durable host only: an embedded host forgets its clients) replaces both phases:
                          --rate requests/s for --duration-seconds, every one with delivery, taking turns between consented
                          students and the others; --kill-after seconds in, the pid in --host-pid-file gets SIGKILL and
                          --restart-command runs (as in alerts). Requests not answered 202 are owed nothing. After the
                          restart and the drain each accepted request is read back: consented ones must be issued, the
                          others awaiting-consent, and every consented one's issued push must have come under one webhook id.
                          Exits 1 when a bar is missed, 2 when setup or the kill failed. The default tag is new every
                          second, so reruns against one database start with new persons.

          outcomes        --url http://127.0.0.1:5080 [--students 2000] [--cohort-size 5000] [--reads 2000] [--concurrency 8]
                          [--rate 1000] [--seconds 60] [--probes 200] [--extract-size 100000] [--school-year 2025-2026]
                          [--host-pid PID] [--skip setup,big,freshness,extract] [--seed 17] [--tag o<yyMMddHHmmss>]
                          [--markdown out.md] [--timeout 30] --admin-client-id ID --admin-client-secret S [--org loadtest]
                          Institution outcomes and research extracts (outcomes.md), in four phases; --skip leaves some out.
                          A phase that stops short is reported with its reason and misses its bar; the next one still runs.
                          The probe phases register organization <org>-outcomes-<tag> (role source) holding source
                          urn:c2c:source:lea:probe-<tag> and probe schools cds:9<9 digits of the tag's hash><4 digits>, each
                          filled with graduates of --school-year (default: the latest school year ended): students of their own
                          (an SSID each, made-up names, birth dates of the class, sex F/M/X/none), grade 12 enrollment and a
                          standard diploma. A cohort counts persons, so each phase expects the persons its diplomas landed on.
                          setup: organization --org ingests the journeys of --students students (the ingest generator, seeded
                          from --seed and --tag), then the statewide figures of the largest graduates cohort whose 3-year window
                          closed and one community college's figures (its largest closed entrants cohort, read as staff) are
                          printed next to what the journeys sent: they must not be all zero.
                          big: --cohort-size graduates at one probe school; once its GET /v1/institutions/{id}/outcomes shows
                          them, 100 untimed reads of each route, then --reads closed-loop reads (--concurrency at a time) as the
                          school's staff and as many of GET /v1/public/institutions/{id}/outcomes. Bar: p99 < 20 ms for both,
                          every read 200 with the cohort. A 429 (per-client rate limit) is counted apart, waited out
                          (Retry-After, else 1 s) and retried, never timed.
                          freshness: 20 graduates at a second probe school; once shown, journey events of new students at --rate
                          events/s (open loop, re-sent until acknowledged) while --probes probes run one after another: a standard
                          diploma of a new student, then the school's outcomes read every 20 ms until the cohort's size shows it;
                          latency from the diploma's acknowledgement to that read's answer; 30 s without it counts as never
                          shown. The background runs until the probes end, at least --seconds. Bar: every probe within 5 s.
                          extract: the statewide cohort of --school-year is topped up to --extract-size members (more probe
                          schools, --cohort-size each); the admin approves project bench-<tag> on it with every field for
                          organization <org>-research-<tag>, whose researcher asks for an extract and reads its status every
                          250 ms until ready or failed; the CSV is downloaded as it streams, its rows counted and checked for
                          person ids (p_ and 32 hex digits). --host-pid: the host's VmRSS every 250 ms from the request to the
                          end of the download. Bar: ready within 60 s, file rows = summary rows, no person id.
                          The summary goes to stdout as Markdown (also to --markdown). Exits 1 when a bar is missed, 2 when
                          the organizations cannot be set up. Phases run alone (--skip the others) each set up what they need;
                          the default tag is new every second. Against a database where an earlier run filled the statewide
                          cohort of --school-year, the extract covers those members too: pass another --school-year.

          pages           --url http://127.0.0.1:5080 [--students 200] [--background-students 1000] [--rate 1000]
                          [--seconds 60] [--page-rate 20] [--page-concurrency 8] [--streams 20] [--probe-interval 250]
                          [--student-accounts 5] [--warmup 200] [--seed 19] [--tag w<yyMMddHHmmss>] [--markdown out.md] [--timeout 30]
                          --admin-client-id ID --admin-client-secret S [--org loadtest]
                          The web pages of issue 17, timed. The host's per-address page limit must allow the page rate
                          (C2C__RateLimits__Public__RequestsPerSecondPerAddress and ...__BurstPerAddress).
                          Setup: organization --org (roles source and student-portal) ingests --students full-record
                          students (at least 60 courses each, the views generator) and one K-12 enrollment for each of
                          --background-students others; the full-record students consent (scopes progress and alerts) to
                          organization <org>-pages-<tag>, which gets an advisor account; the advisor signs in on the root
                          page and reads every caseload page for the students' page tokens; the first --student-accounts
                          students activate accounts with codes from the student portal. Background courses and
                          attendance then go in at --rate events/s (0: none; as in alerts) until the end; --warmup untimed
                          page requests of the mix below, --page-concurrency at a time, compile and warm the pages, and
                          nothing is timed before the ingest has run 10 s. Then, for --seconds: timed GETs at
                          --page-rate/s, open loop, at most --page-concurrency unanswered, of advisor student pages (6 in
                          10), caseload pages (2 in 10) and student record pages (2 in 10), each from just before the GET
                          to the end of its body; and --streams live streams (?handler=live) of the first students kept open while
                          probes, one at a time with a pause of --probe-interval ms, each a student at most every 1.5 s,
                          post one event for a watched student (the alerts milestones, then courses) and time until the
                          stream's next "event: progress" (from just before the POST, and from its acknowledgement);
                          10 s without it counts as failed. Summary and a latency table (p50/p95/p99/max) on stdout and
                          to --markdown. Exits 1 when a page kind's p99 >= 100 ms, the live p99 >= 1 s, or a request or
                          probe failed; 2 when setup failed. The default tag is new every second.

          auth (optional): --token T | --client-id ID --client-secret S
                           | --admin-client-id ID --admin-client-secret S [--org loadtest]
                           With admin credentials the tool registers organization --org owning the generated
                           sources and schools, as the student portal, and creates a client with roles source
                           and student-portal for itself. A source or school belongs to one organization, so
                           runs against one service keep the same --org.
                           Environment fallbacks: C2C_LOADTOOL_TOKEN, C2C_LOADTOOL_CLIENT_ID,
                           C2C_LOADTOOL_CLIENT_SECRET, C2C_LOADTOOL_ADMIN_CLIENT_ID, C2C_LOADTOOL_ADMIN_CLIENT_SECRET,
                           C2C_LOADTOOL_CONNECTION.

        The same --seed, --tag, --events and --students always give the same events; event ids carry the tag,
        so a second run with the same tag is answered "duplicate".
        """;
}
