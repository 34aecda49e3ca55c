# Files: opening, saving, recovering, pasting, importing, pictures and reports.

## Opening and saving maps

io-save-failed = { $path }: could not save: { $reason }; the file on disk was not changed
io-backup-failed = could not keep a backup as { $path }: { $reason }
# $what is the list's name in the file: lanes, stages, touchpoints, links, personas,
# promises or ideas.
io-list-of = a list of { $what }
io-list-too-long = a map may have up to { $limit } { $what }; this list has more
io-file-empty = the file is empty; a polku map starts with `(version: { $version },`
io-not-utf8 = this is not UTF-8 text; a polku map is a RON text file (was it saved in another program?)
io-utf16 = this file is UTF-16 text; polku reads maps in UTF-8: save it as UTF-8 in your editor (or let polku write it)
io-path-not-a-file = the path does not name a file
io-is-folder = this is a folder, not a map file
io-no-such-file = no such file
io-permission-denied = permission denied: polku may not read this file
io-could-not-read = could not read the file: { $reason }
io-reason-not-found = there is no such file or folder
io-reason-permission-denied = permission denied
io-reason-already-exists = it already exists
io-reason-is-a-folder = it is a folder
io-reason-not-a-folder = a part of the path is not a folder
io-reason-disk-full = the disk is full
io-reason-read-only = the disk can only be read
io-reason-broken-pipe = the program reading it stopped
io-reason-bad-name = the name is not one this system allows
io-reason-too-large = the file would be larger than this system allows
io-reason-crosses-devices = it would have to move between disks
io-not-regular = this is not a regular file but a device, a pipe or a socket; polku reads only regular files
io-output-is-input = { $path }: this is { $input }, which polku is reading; write to another file
io-output-is-folder = this is a folder; name a file in it
io-output-stdout = standard output
io-link-loop = the symbolic links here lead round in a loop; name the file itself
io-changed-meanwhile = another program changed the file while polku was working on it, so polku left that version in place; run the command again
io-save-too-large = written out, the map would be { $size } MiB, and polku opens maps up to { $limit } MiB, so it was not saved; split it into smaller maps or shorten its longest texts
io-too-large = the file is { $size } bytes; polku reads files up to { $limit } bytes ({ $mib } MiB)
io-no-version = the file has no version; a polku map starts with `(version: { $version }, …`
io-version-zero = there is no file format version 0; a polku map has version 1 or later
io-version-newer = this map uses file format version { $version }, made by a newer polku; this polku ({ $polku }) reads versions up to { $newest }. Open it with a polku that reads version { $version }

## The RON parser's messages (English as RON words them)

io-parser-eof = the file ends too early; it may have been cut off, or a closing `)` or `]` is missing
io-parser-too-deep = brackets are nested too deeply for a polku map
io-parser-expected-list = expected a list here, in square brackets: `[ … ]`
io-parser-expected-list-end = expected `]` here to end the list, or a comma before the next entry
io-parser-expected-boolean = expected true or false here
io-parser-expected-comma = expected a comma here, between two fields or two entries of a list
io-parser-expected-char = expected a character in single quotes here
io-parser-expected-float = expected a number here
io-parser-expected-integer = expected a whole number here
io-parser-expected-option = expected a value here (such as `emotion: -1`), or `None`; or leave the field out
io-parser-expected-paren-end = expected `)` here, or a comma before the next field
io-parser-expected-map = expected `{"{"}` here
io-parser-expected-colon = expected a colon here, between a field's name and its value
io-parser-expected-map-end = expected `{"}"}` here
io-parser-expected-paren = expected `(` here
io-parser-expected-map-paren = a polku map starts with `(`, as in `(version: 1, title: "…", …)`
io-parser-json = this looks like JSON; a polku map is RON, written as `(version: 1, title: "…", …)`
io-parser-expected-fragment-paren = polku's clipboard text starts with `(`
io-parser-expected-struct = expected `(` here, to start { $name }
io-parser-expected-unit = expected `()` here
io-parser-expected-string = expected text in double quotes here
io-parser-expected-string-end = the text that starts here has no closing double quote `"`; add one where the text ends
io-parser-expected-identifier = expected a name here: a field's name, or a value such as Customer
io-parser-integer-out-of-bounds = this number is too large or too small for polku
io-parser-negative = { $number } is negative; ids and counts are whole numbers from 0 up
io-parser-too-large = { $number } is too large for polku; ids are whole numbers up to 18446744073709551615
io-parser-decimal = { $number } is not a whole number; write { $whole } or another whole number here
io-parser-version = { $number } is no file format version; the version is a whole number, such as `version: 1`
io-parser-invalid-digit = { $digit } is not a digit of a number
io-parser-invalid-escape = this backslash starts no escape a text may hold; write a backslash as \\
io-parser-unclosed-comment = a comment that starts with `/*` is never closed with `*/`
io-parser-unclosed-line-comment = a comment that starts with `//` is never ended by a line break
io-parser-unexpected-char = { $char } does not belong here
io-parser-trailing-characters = there is more text after the closing `)` of the map; remove it
io-parser-invalid-value = expected { $expected } here, not { $found }
io-parser-different-length = expected { $expected } here, not { $found ->
    [0] nothing
    [one] one value
   *[other] { $found } values
}
io-parser-unknown-variant = { $found } is not a value this field takes; write { $expected }
io-parser-unknown-variant-in = { $found } is not { $outer }; write { $expected }
io-parser-unknown-field = there is no field { $found } here; the fields are { $expected }
io-parser-unknown-field-in = { $outer } has no field { $found }; its fields are { $expected }
io-parser-missing-field = the field { $field } is needed here; add it
io-parser-missing-field-in = { $outer } needs the field { $field }; add it
io-parser-duplicate-field = the field { $field } is here twice; keep one
io-parser-duplicate-field-in = { $outer } has the field { $field } twice; keep one
io-parser-nothing = nothing
io-parser-list-or = { $list } or { $last }
io-parser-list-and = { $list } and { $last }
io-parser-not-a-map = this is RON that no polku map holds here
io-type-map = the map
io-type-fragment = the clipboard text
io-type-lane = a lane
io-type-stage = a stage
io-type-touchpoint = a touchpoint
io-type-link = a link
io-type-terms-tag = a TERMS tag
io-type-observation = an observation
io-type-persona = a persona
io-type-promise = a promise
io-type-idea = an idea
io-type-lane-kind = a lane kind
io-type-channel = a channel
io-type-link-kind = a link kind
io-type-terms-area = a TERMS area
io-type-evidence = an evidence level
io-type-persona-kind = a persona kind

## Recovery

io-untitled = Untitled
# The file a recovered map is kept aside in, without its .ron ending.
io-recovered-file = { $stem } (recovered)
io-recovered-file-again = { $stem } (recovered { $n })
io-ago-now = less than a minute ago
io-ago-minutes = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
io-ago-hours = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
io-ago-days = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## Pasting touchpoints

io-fragment-not-touchpoints = the clipboard does not hold polku touchpoints; copy some in polku first
io-fragment-whole-map = the clipboard holds a whole polku map, not copied touchpoints; open it as a file instead
io-fragment-malformed = the clipboard does not hold polku touchpoints this polku can read: line { $line }, column { $column }: { $message }
io-fragment-newer = the clipboard holds touchpoints from a newer polku (fragment version { $version }); this polku reads version { $supported }, so paste them with the newer one
io-fragment-empty = the clipboard holds no touchpoints; select some and copy again
io-fragment-duplicate-touchpoint = the clipboard holds { $touchpoint } twice; copy the touchpoints again
io-fragment-link-to-missing = the copied { $link } points to { $touchpoint }, which was not copied; copy the touchpoints again
io-fragment-unknown-lane = the copied { $touchpoint } is in { $lane }, which the clipboard does not describe; copy the touchpoints again
io-fragment-unknown-stage = the copied { $touchpoint } is in { $stage }, which the clipboard does not describe; copy the touchpoints again
io-fragment-duplicate-tag = the copied { $touchpoint } has two tags of one TERMS area; copy the touchpoints again
io-fragment-not-finite = the copied { $touchpoint } has a position that is not a number; copy the touchpoints again
io-fragment-no-lanes = the map has no lanes to paste into; add a lane first
io-fragment-no-stages = the map has no stages to paste into; add a stage first

## Importing a touchpoint inventory (CSV)

# Column names as messages call them: one of the headers the importer reads.
io-column-id = id
io-column-title = title
io-column-lane = lane
io-column-lane-kind = lane_kind
io-column-stage = stage
io-column-actor = actor
io-column-owner = owner
io-column-channel = channel
io-column-terms = terms
io-column-terms-notes = terms_notes
io-column-emotion = emotion
io-column-employee-experience = employee_experience
io-column-evidence = evidence
io-column-after = after
io-column-supports = supports
io-column-notes = notes
# Lane kinds as messages call them: words a lane_kind cell may hold.
io-lane-kind-customer = customer
io-lane-kind-frontstage = frontstage
io-lane-kind-backstage = backstage
io-lane-kind-support = support
io-lane-kind-evidence = evidence
io-import-or = or
io-import-title = Inventory: { $name }
io-import-title-plain = Inventory
io-import-description = Made by polku import from { $file }.
io-import-empty = the file is empty; the first row must name the columns, such as id,title,lane,stage
io-import-no-rows = the file has no rows
io-import-unnamed-column = column { $column } has no name, so its cells were ignored; name it (such as notes) or delete it
io-import-same-column = the columns "{ $first }" ({ $first_column }) and "{ $second }" ({ $second_column }) both hold the { $what }; keep one of them
io-import-unknown-column = column { $column } "{ $name }" is not one polku reads, so it was ignored; the columns are { $columns }
io-import-no-header = the first row names none of the columns polku reads; it must be the header, naming columns such as id, title, lane, stage (in Finnish: tunniste, nimi, kaista, vaihe)
io-import-missing-column = there is no { $column } column; add one, with the header { $headers }
io-import-save-as-utf8 = save it as CSV UTF-8 (in Excel: Save As, "CSV UTF-8"; in LibreOffice: character set Unicode (UTF-8)) and import it again
io-import-utf16 = this file is UTF-16 text, which polku does not read; { $save_as }
io-import-not-utf8 = this file is not UTF-8 text (byte { $byte } is not UTF-8; it was probably saved as Windows-1252, "ANSI"); { $save_as }
io-import-row-unread = this row has nothing in the columns polku reads, so it was skipped
io-import-column-name = { $name } (column { $letter })
io-import-lines = lines { $first }–{ $last }
io-import-line = line { $line }
io-import-quote-never-closed = a quote opens the cell { $column } on line { $line } and no quote closes it, so the rest of the file would be part of that cell; close the quote, or write a quote inside a cell twice ("")
io-import-text-after-quote = the quotes of the cell { $column } ({ $lines }) are unbalanced: after the quote that closes it comes "{ $text }"; write a quote inside a cell twice (""), and put the whole cell in quotes
io-import-mixed-delimiters = this row separates its cells with { $found }, but the header with { $header }; use the same one for the whole file
io-import-delimiter-comma = commas
io-import-delimiter-semicolon = semicolons
io-import-delimiter-tab = tabs
io-import-name-spans-lines = the cell { $column } spans { $lines }; a title, lane or stage is one line. A quote may be missing or stray
io-import-cell-spans-lines = the cell { $column } spans { $lines } of the file
io-import-cell-holds-rows = the cell { $column } spans { $lines } of the file, and some of them look like rows of their own; if they are, a quote is missing or stray where the cell starts
io-import-too-many-touchpoints = a map holds up to { $limit } touchpoints, and the rows before this one fill it; split the inventory into smaller maps
io-import-too-many-lanes = this row names a new lane, and a map holds up to { $limit }; use one of the lanes named before, or split the inventory
io-import-too-many-stages = this row names a new stage, and a map holds up to { $limit }; use one of the stages named before, or split the inventory
io-import-too-many-links = a map holds up to { $limit } links, and the rows before this one fill it; split the inventory into smaller maps
io-import-over-limit = this touchpoint is too long to keep: { $problem }; shorten it
io-import-cell-over-limit = { $column }: { $problem }; shorten it
io-import-extra-cells = this row has more cells than the header has columns ({ $count }); the extra cells were ignored
io-import-empty-title = { $column } is empty; write what happens at this step, such as "Pays the invoice"
io-import-empty-lane = { $column } is empty; write the name of the lane (the band of the map) this step is in, such as Customer
io-import-empty-stage = { $column } is empty; write the name of the stage (the phase of the journey) this step is in, such as Pay
io-import-bad-id = { $column } "{ $id }" has a space, comma or semicolon in it, which { $after } and { $supports } use between ids; write it without them, such as T12
io-import-bad-lane-kind = { $column } "{ $value }" is no lane kind; { $hint }, or leave it empty
io-import-bad-channel = { $column } "{ $value }" is not a channel polku knows, so it became other; { $hint }
io-import-bad-evidence = { $column } "{ $value }" is not an evidence level, so it became assumed; { $hint }
io-import-lane-kind-hint = write customer, frontstage, backstage, support or evidence (in Finnish: asiakas, näkyvä, näkymätön, tuki, todiste)
io-import-channel-hint = polku knows in person, phone, web, app, email, letter, chat and other (in Finnish: kasvokkain, puhelin, verkko, sovellus, sähköposti, kirje, chat, muu)
io-import-evidence-hint = write observed, reported or assumed (in Finnish: havaittu, kerrottu, oletettu)
io-import-rating = { $column } "{ $value }" is not on the scale; write a whole number from -2 (very bad) to +2 (very good), or leave it empty
io-import-terms-hint = write the letters T E R M S or the words time, emotion, risk, money, situation (in Finnish: aika, tunne, riski, raha, tilanne), each optionally followed by :1, :2 or :3 for the severity, such as "T:2 R" or "time:2, risk"
io-import-terms-severity = terms "{ $token }" has the severity "{ $severity }"; a severity is 1 (minor), 2 (major) or 3 (critical), such as { $name }:2
io-import-terms-twice = terms names { $area } more than once; name each area once
io-import-terms-no-area = terms "{ $token }" has no area before the colon; { $hint }
io-import-terms-letter = terms has the letter { $letter } in "{ $token }", which is no TERMS area; { $hint }
io-import-terms-unknown = terms "{ $token }" names no TERMS area; { $hint }
io-import-notes-no-area = terms_notes: start each note with its area and a colon, such as "time: the queue is slow; money: billed twice"
io-import-notes-untagged = terms_notes has a note on { $area }, but terms has no { $area }; add { $area } to terms, or remove the note
io-import-notes-twice = terms_notes has two notes on { $area }; join them into one
io-import-nothing-under-header = there are no rows under the header; add one row per touchpoint
io-import-row-skipped = row skipped: { $problem }
io-import-link-to-skipped = { $column } names "{ $id }", whose row { $row } was skipped, so that link was left out
io-import-duplicate-id = the id "{ $id }" is already used in row { $row }; give each row its own id
io-import-lane-kind-conflict = lane "{ $lane }" is { $first } in row { $row }, but { $kind } here; a lane has one kind, so write { $first } in { $column }, or give this lane another name
io-import-unknown-id = { $column } names "{ $id }", but no row has that id; write the id of another row (from the { $id_column } column), or remove it
io-import-self-link = { $column } names this row's own id "{ $id }"; a step cannot link to itself, so that link was left out
io-import-linked-twice = { $column } names "{ $id }" twice; it was linked once
io-import-invalid = could not make the map: { $error }
io-import-lane-kind-guessed = lane "{ $lane }" has no kind, and its name does not say one, so it became { $kind }; to choose, { $hint } in the { $column } column

## Pictures (SVG, PNG, PDF)

io-untitled-map = Untitled map
io-untitled-touchpoint = (untitled)
io-legend-severity = Severity
io-legend-links = Links
io-legend-flow = flow: what happens next
io-legend-support = support: enables a step
io-legend-cards = Cards
io-legend-hidden = hidden from the customer (backstage, support)
io-legend-emotion = customer emotion, −2 to +2
io-notes-heading = Notes on the TERMS tags (their numbers are on the cards' chips)
io-notes-note = { $letter } ({ $severity }) { $title }: { $note }
io-orientation-portrait = portrait
io-orientation-landscape = landscape
io-tile-label = Row { $row }, column { $column } of { $rows }×{ $columns }
io-picture-too-many-tiles = with card titles at { $title } points, large enough to read, the map takes { $pages } { $paper } pages ({ $rows } rows × { $columns } columns), and polku tiles at most { $most }; print a poster instead (--page a0), or a PDF page the size of the map
io-picture-bad-scale = the scale must be a number above 0, not { $scale }; 1 gives one pixel per map point, 2 a sharper picture
io-picture-too-large = a PNG of { $width }×{ $height } px is too large (at most { $side } px a side and { $megapixels } megapixels); use a smaller scale (--scale), or export SVG or PDF, which stay sharp at any size
io-picture-layer-missing = a layer of the drawing went missing on the way into the PDF
io-picture-scale-too-large = at { $asked } pixels a point the PNG would be larger than a PNG can be (at most { $side } px a side and { $megapixels } megapixels); the largest scale that fits this map is { $largest } (--scale { $largest }), or export SVG or PDF, which stay sharp at any size
io-picture-out-of-memory = there is not enough memory for a { $width }×{ $height } px picture; use a smaller scale (--scale)
io-picture-drawing = could not read back the drawing ({ $reason }); this is a bug in polku, please report it
io-picture-png = could not encode the PNG: { $reason }
io-picture-pdf = could not make the PDF: { $reason }

## Reports (Markdown and HTML)

io-report-summary = Summary
io-report-heatmap = TERMS heatmap
io-report-hidden-impact = Hidden impact
io-report-handoffs = Handoffs
io-report-promises = Promises
io-report-warnings = Warnings
io-report-personas = Personas
io-report-touchpoints = Touchpoints by stage
io-report-parking-lot = Parking lot
io-report-contents = Contents
io-report-html-title = { $title }: findings
io-report-html-kicker = Journey findings
io-report-html-footer = Written by polku from the map alone; this page loads nothing from anywhere else.
io-report-missing-touchpoint = (missing touchpoint)
io-report-missing-lane = (missing lane)
io-report-unnamed-lane = (unnamed lane)
io-report-missing-stage = (missing stage)
io-report-unnamed-stage = (unnamed stage)
io-report-unnamed-persona = (unnamed persona)
io-report-no-text = (no text)
io-report-no-stage = In no stage
# $kind is the lane's kind in lower case: customer, backstage…
io-report-lane-kind = { $lane } ({ $kind })
io-report-place-owner = { $place }, owner { $owner }
io-report-lane-seen = { $lane } ({ $kind } lane, seen by the customer)
io-report-lane-hidden = { $lane } ({ $kind } lane, hidden from the customer)
io-report-fact-lane = Lane
io-report-fact-channel = Channel
io-report-fact-owner = Owner
io-report-fact-actor = Actor
io-report-fact-emotion = Customer emotion
io-report-fact-employee-experience = Employee experience
io-report-fact-evidence = Evidence
io-report-nobody-named = nobody named
io-report-not-rated = not rated
io-report-summary-touchpoints = { $touchpoints }: { $visible } the customer sees and { $hidden } hidden behind the line of visibility.
io-report-summary-links = { $links }, { $handoffs ->
    [one] { $handoffs } handoff
   *[other] { $handoffs } handoffs
} where work passes from one owner to another.
io-report-summary-no-terms = No TERMS problems are tagged yet.
io-report-summary-terms = Touchpoints with a TERMS problem: { $areas }.
io-report-summary-promises = { $covered } of { $count ->
    [one] { $count } promise
   *[other] { $count } promises
} covered.
io-report-summary-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
} to look at.
io-report-fix-first = Fix first
io-report-fix-hidden = a hidden step that holds up { $count ->
    [one] { $count } customer moment
   *[other] { $count } customer moments
} (TERMS weight { $weight }), in { $place }.
io-report-fix-hotspot = { $area } in { $stage }
io-report-fix-hotspot-why = a hot spot of the TERMS heatmap, summed severity { $severity }.
io-report-nothing-stands-out = Nothing stands out yet: no hidden step holds up a customer moment, and no TERMS problem is tagged.
io-report-heatmap-intro = Summed severities (1 minor, 2 major, 3 critical) of the TERMS tags in each stage
io-report-stage = Stage
io-report-total = Total
io-report-all-stages = All stages
io-report-colour = Colour
io-report-hidden-impact-intro = The hidden steps ranked by how many customer moments they hold up (the visible touchpoints reached through hidden steps only), then by the TERMS weight of those moments.
io-report-no-hidden-steps = The map has no hidden steps.
io-report-supports-nothing = Supports no visible touchpoint.
io-report-md-supports = Supports { $count } visible: { $touchpoints }. TERMS weight { $weight }.
# $count and $weight come set in bold.
io-report-html-supports = Supports { $count } visible, TERMS weight { $weight }
io-report-more-supported = { $count ->
    [one] and { $count } more
   *[other] and { $count } more
}
io-report-no-handoffs = No link crosses from one owner to another.
io-report-md-handoffs-intro = Links where work passes from one owner to another, where customers get bounced; by pair of owners.
io-report-html-handoffs-intro = Links where work passes from one owner to another, where customers get bounced: { $count ->
    [one] { $count } handoff
   *[other] { $count } handoffs
}, by pair of owners.
io-report-from = From
io-report-to = To
io-report-links = Links
io-report-no-promises = The map names no customer promises.
io-report-promises-intro = Visible touchpoints redeem a promise; employee and hidden ones secure it.
io-report-promise = Promise
io-report-coverage = Coverage
io-report-redeemed-by = Redeemed by
io-report-secured-by = Secured by
io-report-no-visible-touchpoint = no visible touchpoint
io-report-no-touchpoint = no touchpoint
io-report-covered = covered
io-report-not-redeemed = not redeemed
io-report-not-secured = not secured
io-report-not-redeemed-not-secured = not redeemed, not secured
io-report-no-warnings = None: the map passes every check.
io-report-no-personas = The map has no personas.
io-report-path = Path
io-report-path-none = none yet
io-report-no-path = No path yet.
io-report-touchpoints-intro = Each stage's touchpoints in the order the journey happens. Hidden steps have a dashed edge.
io-report-no-touchpoints = No touchpoints.
io-report-terms-none = none tagged
io-report-observations = Observations
io-report-parking-lot-intro = Ideas from the workshop that do not fit the map yet: { $count }.
io-conflict-markers = git merged this map as text and left its conflict markers (<<<<<<<) in it, because polku was not set up in this clone. Run `git merge --abort`, then `polku git-setup`, and merge again: polku merges maps by meaning.

## Reading feedback files (survey exports)

io-feedback-role-touchpoint = the touchpoint
io-feedback-role-score = the score
io-feedback-role-date = the date
io-feedback-role-comment = the comment
# A column the map's feedback source names: $name is its header, $what what it holds.
io-feedback-column = "{ $name }" ({ $what })
io-feedback-no-touchpoint = the touchpoint cell is empty, so the response belongs to no touchpoint
io-feedback-unknown-touchpoint = "{ $text }" is not the key, id or title of any touchpoint of the map; give the touchpoint that key, or correct the cell
io-feedback-ambiguous-touchpoint = "{ $text }" names more than one touchpoint of the map; give each a key of its own and use the key in the file
io-feedback-no-score = the score cell is empty
io-feedback-bad-score = the score "{ $text }" is not a whole number; export the scores as numbers, not as their labels
io-feedback-score-outside-scale = the score { $score } is outside the scale { $low }–{ $high }
io-feedback-bad-date = "{ $text }" is not a date polku reads; write it as 2026-12-01, 1.12.2026 or 12/1/2026, optionally with a time
io-feedback-bad-record = the quotes of this row do not pair up, so its cells cannot be told apart; write a quote inside a cell twice (""), and put the whole cell in quotes
io-feedback-empty = the file is empty; a feedback file starts with a header row naming its columns
io-feedback-not-text = this is neither CSV text nor an Excel workbook (.xlsx) (is it an old .xls workbook, or UTF-16 text without a byte-order mark?); export the responses as CSV or XLSX
io-feedback-workbook = this looks like an Excel workbook (.xlsx) but cannot be read as one ({ $reason }); save it again from the spreadsheet, or export the responses as CSV
io-feedback-broken-encoding = the file says it is { $encoding } text, but it is not; export the responses as CSV again
io-feedback-header-quotes = the quotes of the header row do not pair up, so its columns cannot be told apart; write a quote inside a header twice (""), and put the whole header in quotes
io-feedback-no-headers = none
io-feedback-more-headers = {" "}and { $count } more
io-feedback-missing-columns = the file has no column { $columns }; its columns are { $headers }. Correct the column's name in the map's feedback source, or the header in the file
io-feedback-same-column = { $count } columns are named "{ $column }", so polku cannot tell which holds the responses; rename all but one in the file
io-report-feedback = What customers and employees said
io-report-feedback-day = day
io-report-feedback-week = week
io-report-feedback-month = month
io-report-feedback-period = The latest { $period }, to { $latest }, against the { $period } before.
io-report-feedback-changes = What changed
io-report-feedback-no-changes = Nothing got worse since the period before.
io-report-feedback-touchpoint = Touchpoint
io-report-feedback-whose = Whose
io-report-feedback-before = Before
io-report-feedback-after = Latest
io-report-feedback-negative = Negative
io-report-feedback-said = What they said
io-report-feedback-mirror = Where employee and customer experience fall together
io-report-feedback-no-mirror = No customer moment is low or falling where employees also score its steps low.
io-report-feedback-moment = Customer moment
io-report-feedback-customers = Customers
io-report-feedback-support = Step behind it
io-report-feedback-employees = Employees
io-report-feedback-falling = falling
io-report-feedback-sources = Sources
io-feedback-source-read = { $file } ({ $whose }): { $rows } rows, { $matched } matched to a touchpoint, { $unusable } could not be used
io-report-feedback-groups = By stage and path
io-report-feedback-group = Stage or path
io-report-feedback-path = Path: { $persona }
