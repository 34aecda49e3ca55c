# The command line: what polku check, fmt, insights, export, report, import, new and
# generate say, and the help of polku --help.

## Help

cli-about = Map customer journeys together with the employee and back-office work behind them
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-help-flag = Print help
cli-help-flag-short = Print help (see more with '--help')
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-subcommand = Print help for the subcommand(s)
cli-help-about = Print this message or the help of the given subcommand(s)
cli-check-about = Load and validate maps, and print what each holds
cli-fmt-about = Rewrite maps in canonical form
cli-insights-about = Print the analyses of a map: hidden impact, the TERMS heatmap, handoffs, promises
cli-export-about = Export a picture of the map: SVG, PNG or PDF (on a poster page, or tiled over pages, if asked)
cli-report-about = Write a report of the map: Markdown, HTML, or CSV (one row per touchpoint)
cli-import-about = Make a map from a touchpoint inventory kept in a spreadsheet (CSV)
cli-new-about = Create a new map from a template
cli-generate-about = Write a large made-up map, to try polku on a big service
cli-arg-open-file = A map to open in the window. Without one, polku opens a new map
cli-arg-check-files = The maps to check
cli-arg-fmt-check = Write nothing; exit 1 and name the maps that are not in canonical form
cli-arg-fmt-drop-comments = Format maps that have comments, which the canonical form does not keep
cli-arg-fmt-files = The maps to format
cli-arg-insights-json = Print one JSON object instead of a report (its keys are in the README)
cli-arg-insights-file = The map to analyse
cli-arg-export-file = The map to draw
cli-arg-export-svg = Write an SVG picture here
cli-arg-export-png = Write a PNG picture here
cli-arg-export-scale = How many pixels per map point in the PNG (2, or less if a larger map needs it)
cli-arg-export-pdf = Write a PDF here
cli-arg-export-page = Fill a poster page of this size with the map, turned whichever way holds it largest
cli-arg-export-tiles = Tile the map over pages of this size, card titles at 9 pt or more, to tape together
cli-arg-export-force = Replace OUT if it exists
cli-arg-report-file = The map to report on
cli-arg-report-output = Write the report here instead of to standard output (`-` is standard output)
cli-arg-report-force = Replace OUT if it exists
cli-value-md = Markdown
cli-value-html = A web page, readable without polku
cli-value-csv = One row per touchpoint, in the inventory format `polku import` reads
cli-arg-import-inventory = The inventory: CSV with a header row, comma-, semicolon- or tab-separated
cli-arg-import-out = Where to write the new map
cli-arg-import-skip-bad-rows = Import the good rows and report the bad ones as warnings
cli-arg-import-force = Overwrite OUT if it exists
cli-arg-new-template = What the map is for
cli-value-blueprint = A service blueprint: customer, frontstage, backstage and support lanes
cli-value-journey = A customer journey map
cli-value-employee = An employee journey: a new employee's first months
cli-arg-new-force = Overwrite the file if it exists
cli-arg-new-file = Where to write the new map
cli-arg-generate-touchpoints = How many touchpoints the map gets: 1 to 100000
cli-arg-generate-seed = The same seed always gives the same map
cli-arg-generate-force = Overwrite the file if it exists
cli-arg-generate-file = Where to write the map

## What a map holds (check, new, import)

cli-summary = { $touchpoints } ({ $visible } visible, { $hidden } hidden), { $links }, { $stages }, { $lanes }, { $tags }
cli-stage-count = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}
cli-lane-count = { $count ->
    [one] { $count } lane
   *[other] { $count } lanes
}
cli-tag-count = { $count ->
    [one] { $count } TERMS tag
   *[other] { $count } TERMS tags
}
cli-exists = { $path }: already exists; choose another name, or add --force to overwrite it
cli-could-not-print = polku could not write all it had to say: { $reason }

## polku check, polku fmt

cli-check-ok = { $path }: ok, { $summary }
cli-check-warning = warning: { $warning }
cli-fmt-could-not-write = { $path }: could not write the map: { $reason }
cli-fmt-not-canonical = { $path }: not in canonical form; run `polku fmt` on it
cli-fmt-formatted = { $path }: formatted
cli-fmt-has-comments = this map has comments (the first is here), and the canonical form has no place for them, so polku left the file as it was; move what they say into the map (a description or a note), or run `polku fmt --drop-comments` to format it without them

## polku new, polku generate

cli-new-from-template = created from the { $template } template
cli-new-generated = generated with seed { $seed }
cli-generate-failed = a map of { $count } touchpoints could not be made, so nothing was written: { $reasons }. This is a bug in polku; please report it with the command you ran
cli-new-written = { $path }: { $how }, { $summary }

## polku insights

cli-insights-could-not-write = { $path }: could not write the report: { $reason }
# The numbers may choose plural forms; English writes every count in the plural.
cli-insights-counts = { $touchpoints } touchpoints ({ $visible } visible, { $hidden } hidden), { $links } links, { $handoffs } handoffs
cli-insights-terms = TERMS: { $areas } touchpoints
cli-insights-hidden-impact = Hidden steps that hold up the most customer moments:
cli-insights-no-hidden-steps = no hidden steps
cli-insights-impact = { $title } ({ $lane }): supports { $count } visible, TERMS weight { $weight }
cli-insights-heatmap = TERMS heatmap (summed severities):
cli-insights-stage = Stage
cli-insights-handoffs = Handoffs between owners:
cli-insights-none = none
cli-insights-promises = Promises:
cli-insights-covered = covered
cli-insights-not-redeemed = not redeemed by any visible touchpoint
cli-insights-not-secured = not secured by any touchpoint
cli-insights-warnings = Warnings:

## polku export

cli-export-no-target = polku export: say what to write: --svg OUT, --png OUT [--scale N] or --pdf OUT [--page a3|a1|a0 | --tiles a4|a3]
cli-export-binary-to-terminal = a PNG or PDF would be written to the terminal; name a file, or send standard output to a file or another program (`> map.png`)
cli-export-failed = { $path }: { $reason }; nothing was written
cli-export-could-not-write = { $path }: could not write the picture: { $reason }
cli-export-written = { $path }: { $what } of { $touchpoints }
cli-export-svg = SVG
cli-export-png = PNG ({ $width }×{ $height } px)
cli-export-png-scaled = PNG ({ $width }×{ $height } px, { $scale } pixels a point: the most that fits a PNG; export SVG or PDF for a picture sharp at any size)
cli-export-pdf = PDF (1 page, { $size })
cli-export-poster-size = { $page } { $orientation }, { $width }×{ $height } mm, card titles { $title } pt
cli-export-page-size = { $width }×{ $height } mm
cli-export-page-size-scaled = { $width }×{ $height } mm, the map at { $percent }% of its size, as a PDF page is at most 5 m a side; zoom in to read it, or export SVG
cli-export-tiled = PDF ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    } of { $paper } { $orientation }, { $width }×{ $height } mm: { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } of { $columns ->
        [one] 1 page
       *[other] { $columns } pages
    }, card titles { $title } pt; trim along the crop marks, neighbours overlap by { $overlap } mm)

## polku report

cli-report-markdown = Markdown report
cli-report-html = HTML report
cli-report-csv = touchpoint inventory (CSV)
cli-report-could-not-write = { $path }: could not write the { $what }: { $reason }; any file already there was not changed
cli-report-written = { $path }: { $what } of { $map }

## polku import

cli-import-same-file = { $path }: this is the inventory itself; write the map to a .ron file of its own
cli-import-nothing = { $inventory }: nothing was imported, and { $target } was not written
cli-import-nothing-only-row-bad = { $inventory }: nothing was imported, and { $target } was not written (its only row is bad)
cli-import-nothing-all-rows-bad = { $inventory }: nothing was imported, and { $target } was not written (all { $count } of its rows are bad)
cli-import-nothing-fix = { $inventory }: nothing was imported, and { $target } was not written; { $count ->
    [one] fix the bad row
   *[other] fix the { $count } bad rows
}, or add --skip-bad-rows to import the others
cli-import-done = { $path }: imported { $summary } from { $inventory }
cli-import-no-such-file = no such file; check the name and the folder
cli-import-folder = this is a folder; name the inventory's CSV file

## diff, merge and git
cli-diff-about = Show what changed between two versions of a map, by meaning
cli-merge-about = Merge two people's changes to a map, given the version both started from
cli-git-setup-about = Make the git repository here merge and show its maps with polku
cli-git-diff-about = The diff command git runs for maps, once `polku git-setup` has set it up
cli-arg-diff-json = Print one JSON object instead of lines
cli-arg-diff-old = The older version
cli-arg-diff-new = The newer version
cli-arg-merge-base = The version both started from
cli-arg-merge-ours = Our version: kept where both changed the same thing
cli-arg-merge-theirs = Their version
cli-arg-merge-output = Write the merged map here (it may be OURS) instead of to standard output
cli-arg-merge-force = Replace OUT if it exists
cli-arg-merge-shown-as = The map's name in messages
cli-arg-git-diff-args = What git gives a diff command
cli-merge-nothing-written = { $path }: nothing was merged or written
cli-merge-could-not-write = could not write { $path }: { $reason }
cli-merge-clean = { $path }: merged, no conflicts
cli-merge-conflicts = { $path }: merged with { $count ->
    [one] one conflict
   *[other] { $count } conflicts
} to resolve:
cli-merge-values = base: { $base } · ours: { $ours } · theirs: { $theirs }
cli-merge-resolve-hint = Open the map in polku: the conflicts are listed under the map, each to resolve with ours, theirs or your own edit. `polku check` lists what is left.
cli-check-conflicts = { $count ->
    [one] one conflict from a merge to resolve:
   *[other] { $count } conflicts from a merge to resolve:
}
cli-git-not-a-repository = polku git-setup works in a git repository: { $reason }
cli-git-no-program = could not find polku's own program: { $reason }
cli-git-attributes-there = .gitattributes already has “{ $line }”
cli-git-attributes-added = added “{ $line }” to .gitattributes (commit it, so everyone's git merges maps with polku)
cli-git-driver-name = polku: merge maps by meaning
cli-git-config-set = set { $key } = { $value }
cli-git-config-failed = could not set { $key }: { $reason }
cli-git-ready = git now merges maps (*.ron) with polku and shows their changes by meaning. Each person who clones the repository runs polku git-setup once.
cli-git-diff-unmerged = { $path }: conflicts not yet resolved
cli-git-diff-arguments = polku git-diff expects what git gives a diff command (1, 7 or 9 arguments), not { $count }
cli-git-diff-same = (the same map: only the text's layout differs)
cli-git-text-about = A map as lines to compare, for git's textconv, once `polku git-setup` has set it up
cli-arg-git-text-file = The map
cli-merge-renumbered = both sides added a { $theirs }: theirs is { $now } in the merged map

## feedback
cli-feedback-about = Name the files of customer feedback and employee pulse a map reads, and check them
cli-feedback-add-about = Add a file of responses to a map; the columns not named are guessed from their headers
cli-feedback-check-about = Read each file of responses a map names, and list every row that could not be used
cli-arg-feedback-map = The map
cli-arg-feedback-file = The file of responses: CSV (comma, semicolon or tab), as a survey tool exports it
cli-arg-feedback-audience = Whose responses the file holds
cli-arg-feedback-touchpoint = The column naming the touchpoint (its key, id or title)
cli-arg-feedback-score = The column holding the score
cli-arg-feedback-scale = The scale of the score
cli-arg-feedback-date = The column holding the date of each response
cli-arg-feedback-comment = The column holding the respondent's comment
cli-feedback-guessed = guessed the { $what } column: { $column }
cli-feedback-what-touchpoint = touchpoint
cli-feedback-what-score = score
cli-feedback-what-date = date
cli-feedback-what-comment = comment
cli-feedback-guessed-scale = guessed the scale from the score's header: { $scale }
cli-feedback-guessed-scale-from-scores = guessed the scale from the scores: { $scale } (say --scale if it is another)
cli-feedback-name-the-columns = { $path }: could not tell which columns hold the touchpoint and the score; name them with --touchpoint and --score. The file's columns: { $columns }
cli-feedback-read = { $path }: { $rows } rows, { $matched } matched to a touchpoint, { $unusable } could not be used
cli-feedback-added = added { $file } to { $map }
cli-feedback-none = { $map } names no files of feedback; add one with polku feedback add
cli-arg-insights-since = Count feedback responses from this day on (YYYY-MM-DD)
cli-arg-insights-until = Count feedback responses up to this day (YYYY-MM-DD)
cli-arg-insights-period = What the changes in feedback compare: the latest day, week or month with the one before
cli-feedback-heading = Feedback:
cli-feedback-source = { $file } ({ $whose }): { $rows } rows, { $matched } matched to a touchpoint, { $unusable } could not be used
cli-feedback-mirror = Where employee and customer experience fall together:
cli-feedback-mirrored = { $touchpoint }: customers { $customer } ← { $support }: employees { $employee }
cli-feedback-falling = falling
cli-feedback-changes = What got worse since the period before:
cli-feedback-changed = { $title } ({ $whose }): { $before } → { $after }, negative responses { $negative_before } → { $negative_after }
