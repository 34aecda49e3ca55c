# The window around the map (src/app), with its menus, toolbar and workshop bar (src/ui).
# Texts named "edit" name a step in the Edit menu ("Undo cut"), which shows them in lower
# case.

## The window and the status bar.

app-untitled = Untitled
app-tab-inspector = Inspector
app-tab-insights = Insights
app-tab-people = Personas & promises
# The zoom in the status bar, after the counts: "28 touchpoints · 35 links · 75%".
app-status-zoom = { $percent }%
# $what is the step that failed: "Move touchpoint did not work: …".
app-edit-failed = { $what } did not work: { $error }
app-not-a-map = { $path } is not a polku map (.ron)
app-autosave-off-folder = Autosave is off: polku could not use { $path }: { $error }
app-autosave-off-no-folder = Autosave is off: this system has no folder for settings
app-window-failed = polku could not open its window: { $error }

## Menus.

app-menu-file = File
app-menu-new = New
app-menu-open-recent = Open recent
app-menu-no-recent = No recent files
app-menu-export = Export
app-menu-keep-backup-hover = Before saving over a map, keep the version that was there as NAME.ron.bak
app-menu-edit = Edit
app-menu-view = View
app-menu-theme = Theme
# $what is the step, in lower case: "Undo move touchpoint".
app-menu-undo-what = Undo { $what }
app-menu-redo-what = Redo { $what }

app-new-blueprint = Service blueprint
app-new-journey = Customer journey map
app-new-employee = Employee journey
app-command-open = Open…
app-command-clear-recent = Clear recent files
app-command-save = Save
app-command-save-as = Save as…
app-command-quit = Quit
app-command-undo = Undo
app-command-redo = Redo
app-command-cut = Cut
app-command-copy = Copy
app-command-paste = Paste
app-command-duplicate = Duplicate
app-command-delete = Delete
app-command-select-all = Select all
app-command-tidy = Tidy layout
app-command-fit-view = Fit map to window
app-command-zoom-in = Zoom in
app-command-zoom-out = Zoom out
app-command-actual-size = Actual size (100%)
app-command-import = Import touchpoint inventory (CSV)…
app-command-keep-backup = Keep a backup when saving
app-command-own-file-dialog = Use polku's own file dialog
app-menu-own-file-dialog-hover = Ask for files in a dialog inside the window rather than the system's (polku does so anyway where the system has none, as on some kiosk and workshop laptops)
app-file-dialog-open = Open
app-file-dialog-save = Save
app-file-dialog-up = ⬆ Up
app-file-dialog-file = File:
app-file-dialog-folder = Folder:
app-file-dialog-empty = Nothing here to open
app-file-dialog-unreadable = Could not read { $folder }: { $reason }
app-file-dialog-no-name = Write a file name, or choose one above
app-file-dialog-no-such-file = There is no file { $name } here
app-file-dialog-no-such-folder = There is no folder { $name }
app-no-system-dialog = This system has no file dialog to show, so polku asks in the window
app-replace-title = Replace { $name }?
app-replace-body = { $path } already exists. Replacing it loses what it holds now.
app-replace = Replace
app-command-glasses = New customer glasses
app-command-find = Find…
app-command-workshop = Workshop mode
app-command-present = Present the whole map
app-command-emotion-row = Emotion row
app-presenting-hint = F5 or Esc: back to editing
app-command-show-touchpoint = Show touchpoint
app-command-show-link = Show link

app-theme-light = Light
app-theme-dark = Dark
app-theme-system = Follow the system

app-export-svg = Picture (SVG)…
app-export-png = Picture (PNG)…
app-export-pdf = Picture (PDF)…
# $size is A3, A1 or A0.
app-export-poster = Poster, { $size } (PDF)…
app-export-tiled = Tiled on { $size } pages (PDF)…
app-export-markdown = Report (Markdown)…
app-export-html = Report (web page)…
app-export-csv = Touchpoint inventory (CSV)…

## Edit steps, and what the status bar says about them. $what is a step in lower case.

app-undid = Undid { $what }
app-redid = Redid { $what }
app-edit-cut = Cut
app-edit-duplicate = Duplicate
app-edit-reload = Reload from disk
app-edit-delete = Delete
app-edit-tidy = Tidy layout
app-tidied = { $count ->
    [one] Tidied: one card moved into its column
   *[other] Tidied: { $count } cards moved into their columns
}
app-tidy-nothing = Every card is already in its column
app-edit-paste = Paste
app-copied = { $count ->
    [one] Copied { $count } touchpoint
   *[other] Copied { $count } touchpoints
}
app-nothing-pasted = Nothing pasted: { $error }
# $what: a touchpoint's title in quotes, a count of touchpoints or of links, or both
# (app-touchpoints-and-links).
app-deleted = Deleted { $what }
app-cut = Cut { $what }
app-touchpoints-and-links = { $touchpoints } and { $links }

## The toolbar: the glasses, search and filters.

app-toolbar-glasses-on = New customer glasses
app-toolbar-glasses-off = Take off the glasses
app-toolbar-glasses-hover = Walk the journey as a new customer meets it (G)
app-toolbar-search = Search
app-toolbar-search-hint = titles, descriptions, notes
app-toolbar-terms = TERMS
app-toolbar-any-area = Any TERMS area
app-toolbar-owner = Owner
app-toolbar-any-owner = Any owner
app-toolbar-channel = Channel
app-toolbar-any-channel = Any channel
app-toolbar-persona = Persona
app-toolbar-any-persona = Any persona
app-toolbar-shown = { $shown } of { $total } shown
app-toolbar-clear = Clear filters

## Opening and saving, and the question about unsaved changes.

app-dialog-open = Open a map
app-dialog-save = Save the map
app-dialog-export = Export the map
app-dialog-import = Import a touchpoint inventory
# The kind of file in the file dialogs.
app-dialog-map-filter = polku map
# $name is the file name, or "Untitled".
app-unsaved-title = Save the changes to { $name }?
app-unsaved-before-new = Your changes will be lost if you don't save them before starting a new map.
app-unsaved-before-open = Your changes will be lost if you don't save them before opening another map.
app-unsaved-before-quit = Your changes will be lost if you don't save them before closing.
app-unsaved-before-import = Your changes will be lost if you don't save them before importing.
app-save = Save
app-dont-save = Don't save
app-cancel = Cancel
app-ok = OK
app-open-failed = Could not open the map
app-save-failed = Could not save the map
# After an error message, when a map could not be opened or imported.
app-map-unchanged = The map on screen was not changed.
app-saved = Saved { $path }
app-map-has-comments = { $name } has comments in its file (the first on line { $line }); polku does not keep comments, so saving will drop them

## Export and import.

app-exporting = Exporting { $name }…
app-still-busy = Still at work: { $doing } Try again when it is done.
app-importing = Importing { $name }…
app-opening = Opening { $name }…
app-saving = Saving { $name }…
app-job-stopped = The work in the background stopped unexpectedly; nothing was written
app-closing-when-saved = polku closes once the map is saved
app-export-write-failed = { $path }: could not write: { $error }
app-exported = Exported { $path }
app-export-png-scaled = (drawn at { $scale } pixels a point, the most a PNG of this map can hold; SVG and PDF stay sharp at any size)
app-export-tiled-note = ({ $pages ->
        [one] 1 { $paper } page
       *[other] { $pages } { $paper } pages
    }, { $rows } × { $columns }; trim along the crop marks)
app-export-failed = Could not export the map
app-export-is-the-map = { $path } is this map's own file ({ $map }); an export there would replace the map. Choose another name
app-save-not-a-file = { $path } is not a regular file but a device, a pipe or a folder; save the map to a file
app-import-failed = Could not import the inventory
app-imported = { $count ->
    [one] Imported { $count } touchpoint from { $path }
   *[other] Imported { $count } touchpoints from { $path }
}
app-imported-with-warnings = { $count ->
        [one] Imported { $count } touchpoint
       *[other] Imported { $count } touchpoints
    } with { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
app-imported-rows-to-check = { $count ->
    [one] Imported { $count } touchpoint; some rows need a look
   *[other] Imported { $count } touchpoints; some rows need a look
}

## Autosave and recovery after a crash.

app-recovery-write-failed = Could not write the recovery copy to { $path }: { $error }
app-recovery-remove-failed = Could not remove the recovery copy: { $error }
# Why a recovery copy could not be written, when the worker writing it stopped.
app-recovery-writer-stopped = the writer stopped
app-restored = Restored { $name }; save it to keep it.
app-kept-aside = Kept { $name } aside as { $path }
app-discarded = Discarded { $name }
app-recover-failed = Could not recover the map
app-recovery-copy-kept = The recovery copy is still there; polku offers it again at the next start.
app-recovery-title = polku found unsaved work
app-recovery-intro = polku did not close normally last time. These maps had changes that were not saved:
app-crashed-title = polku stopped because of an error
app-crashed-nothing-lost = No unsaved work was lost.
app-crash-report = It stopped because of an error; a report was written to { $path }
# $ago says when: "5 minutes ago".
app-autosaved-ago = Autosaved { $ago }
app-restore = Restore
app-restore-one-map = One window holds one map: keep this one aside and open it after saving the one you restored.
app-keep-aside = Keep aside
app-keep-aside-hover = Save it as a file of its own beside the original, to open later
app-discard = Discard

## The open file changed on disk.

app-file-gone-title = { $name } was moved or deleted
app-file-gone = { $path } is no longer there. Your map is still open here; Save writes it there again, Save As somewhere else.
app-reloaded = Reloaded { $name }
app-reloaded-replacing = Reloaded { $name }; Undo brings your changes back
app-keeping-mine = Keeping your map; saving will replace { $name } on disk
app-changed-title = { $name } changed on disk
app-changed = Another program (a sync, a git pull, a colleague) changed the file since you opened or last saved it.
app-changed-saving = Another program changed the file since you opened or last saved it. Saving now would replace its changes.
app-changed-reload-loses = Reloading replaces the map on screen with the file; Undo brings your unsaved changes back.
app-reload = Reload
app-reload-losing = Reload over my changes
app-keep-mine = Keep mine
app-save-mine = Save mine over it
app-keep-mine-hover = Keep the map on screen; the next save replaces the file
app-compare = Compare
# Followed by the error, on a line of its own.
app-compare-unreadable = The file on disk does not open as a map:
app-compare-same = The file on disk holds the same map as the window.
app-compare-different = Different on disk
app-compare-only-disk = Only on disk
app-compare-only-mine = Only in your map

## Workshop mode: the bar at the top and the parking lot for ideas.

app-workshop-pause = Pause
app-workshop-resume = Resume
app-workshop-reset = Reset
app-workshop-stage = Stage
app-workshop-lane = Lane
app-workshop-quick-add = Quick add
app-workshop-quick-add-hint = a step, then Enter
app-workshop-add = Add
app-workshop-edit-add = Add touchpoint
app-workshop-parking-lot-count = Parking lot ({ $count })
app-workshop-leave = Leave workshop
app-parking-lot = Parking lot
app-parking-lot-intro = Ideas that don't fit the map yet. They are saved with it.
app-parking-lot-new = New idea
app-parking-lot-hint = Type, then Enter (Shift+Enter for a new line)
app-parking-lot-park = Park it
app-parking-lot-edit-park = Park an idea
app-parking-lot-empty = Nothing parked yet.
app-parking-lot-remove-hover = Remove this idea
# The accessible name of the ✕ button beside an idea.
app-parking-lot-remove = Remove idea { $number }
app-parking-lot-edit-remove = Remove an idea

## The conflicts a merge left, under the map.
app-conflicts-title = { $count ->
    [one] One conflict from a merge
   *[other] { $count } conflicts from a merge
}
app-conflicts-intro = The map holds ours for each, or keeps what one side removed while the other still uses it, until you choose. Saving with none left drops the list.
app-conflict-show = Show
app-conflict-base = Base
app-conflict-ours = Ours
app-conflict-theirs = Theirs
app-conflict-take-ours = Take ours
app-conflict-take-ours-hint = Put our value in the map (removing the thing where ours had removed it)
app-conflict-take-theirs = Take theirs
app-conflict-take-theirs-hint = Put their value in the map (removing the thing where theirs had removed it)
app-conflict-as-it-is = Resolved as it is
app-conflict-as-it-is-hint = You edited the map by hand: keep it as it is now and take the conflict off the list
app-conflict-undo = Resolve a conflict
app-conflict-problem = This conflict cannot be resolved that way: { $error }

## File → Merge a copy…
app-command-merge-copy = Merge a copy…
app-dialog-merge-copy = Merge a copy of this map
app-merge-reading = Reading { $name } to merge…
app-merge-failed = The copy could not be merged
app-merge-nothing-new = { $name } holds nothing this map does not
app-merge-undo = Merge a copy
app-merged = Merged { $name }: no conflicts
app-merged-with-conflicts = Merged { $name }: { $count ->
    [one] one conflict
   *[other] { $count } conflicts
} to resolve, listed under the map
app-merge-copy-title = Merge { $name }
app-merge-copy-intro = polku found no version both copies started from (in git, the map as last committed), so it shows every difference: choose for each what the map keeps. Additions from both are kept unless you say otherwise.
app-merge-all-mine = Mine for every change
app-merge-all-theirs = Theirs for every change
app-merge-only-mine = Only in this map:
app-merge-only-theirs = Only in the copy:
app-merge-changed = Changed:
app-merge-take-mine = Mine
app-merge-take-theirs = Theirs
app-merge-keep = Keep
app-merge-remove = Remove (as the copy)
app-merge-add = Add
app-merge-leave-out = Leave out
app-merge-copy-merge = Merge
app-merge-copy-suggested = Every difference between this map and the copy, each with the side that changed it since the map was last committed in git chosen for you (where both did, this map). Check them: the copy may have been made from an older version.
app-merge-both-versions = Both, as two
app-feedback-reading = Reading feedback ({ $done } of { $files })…
app-feedback-failed = Feedback could not be read: { $reason }
app-feedback-problems = { $count ->
    [one] One feedback source could not be read: see Insights.
   *[other] { $count } feedback sources could not be read: see Insights.
}
app-feedback-stopped = Reading the feedback stopped unexpectedly; it is read again when a file or the map changes.
app-command-add-feedback = Add a feedback file…
app-dialog-add-feedback = Add a file of customer feedback or employee pulse
app-dialog-responses = Survey responses
app-feedback-add-failed = The feedback file could not be added
app-feedback-save-first = Save the map first: it names its feedback files relative to its own folder.
app-edit-add-feedback = Add a feedback file
app-feedback-added-rows = { $rows } rows, { $matched } matched to a touchpoint, { $unusable } could not be used
app-feedback-added = Added { $file } ({ $whose }): { $guesses }. { $counted }.
