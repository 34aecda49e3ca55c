# The canvas (src/ui/canvas) and the walk with new customer glasses (src/ui/walkthrough).
# Texts named "edit" name a step in the Edit menu ("Undo move touchpoint"), which shows
# them in lower case.

## The canvas.

canvas-empty-hint = Double-click in a lane to add a touchpoint
canvas-overview-shown = { $shown } of { $count }
canvas-overview-stages = Stages { $first }–{ $last }
# The accessible name of the handle on a card's edge that draws a link.
canvas-link-from = Link from { $title }
# The title a touchpoint made with a double-click starts with.
canvas-new-title = New touchpoint
# The actor of a touchpoint made in a Customer lane.
canvas-new-actor-customer = Customer
canvas-edit-add = Add touchpoint
canvas-edit-move-one = Move touchpoint
canvas-edit-move = Move touchpoints
canvas-edit-link = Link touchpoints
# Moving the selection with the arrow keys.
canvas-edit-nudge = Nudge
# The letters on the cards of a promise marked out on the map: R redeems it, S secures it.
canvas-mark-redeems = R
canvas-mark-secures = S

## The walk.

canvas-walk-customer-glasses = New customer glasses
canvas-walk-employee-glasses = New employee glasses
canvas-walk-persona = Persona
canvas-walk-everyone = Everyone
canvas-walk-back = ◀ Back
canvas-walk-next = Next ▶
canvas-walk-step = Step { $step } of { $total }
canvas-walk-reveal = Reveal hidden work
canvas-walk-leave = Leave the walk
canvas-walk-strip-step = { $step }. { $title }
canvas-walk-nothing = There is nothing to walk here: no touchpoints are seen through these glasses.
canvas-walk-out-of-sight = The work behind this moment is out of sight. Press H or “Reveal hidden work” to see it.
# The keys of the walk, under it. The keys themselves (T E R M S, N, H) stay the same in every language.
canvas-walk-keys = → or Space: next   ← or Backspace: back   T E R M S: tag (again: worse, then off)   1–5: emotion −2…+2   N: note   H: reveal   Esc: leave
# A TERMS area (or its letter) and its severity: "Money critical", "M critical".
canvas-walk-area-severity = { $area } { $severity }
canvas-walk-not-rated = not rated
canvas-walk-emotion = Customer emotion: { $rating }
canvas-walk-observations = { $count ->
    [one] { $count } observation; latest { $date }: { $text }
   *[other] { $count } observations; latest { $date }: { $text }
}
canvas-walk-note = Note
canvas-walk-note-hint = What does a new customer notice here? Enter saves, Esc drops it
canvas-walk-behind = Behind this moment
canvas-walk-behind-none = No hidden steps lead here: nothing backstage holds this moment up, or it is not mapped yet.
canvas-walk-edit-tag = Tag { $area }
canvas-walk-edit-emotion = Rate emotion
canvas-walk-edit-note = Add observation
# The source of an observation noted on a walk, saved with the map.
canvas-walk-source = Walkthrough

## What the walk found: the summary when it ends.

canvas-walk-found-tag = { $area }: { $severity }
canvas-walk-found-cleared = { $area }: cleared
canvas-walk-found-emotion = Emotion { $rating }
canvas-walk-found-note = Noted: { $text }
canvas-summary-title = What the walk found
canvas-summary-empty = Nothing was tagged or noted on this walk.
# In place of a touchpoint removed since the walk found something on it.
canvas-summary-removed = (removed)
canvas-summary-done = Done

## What a screen reader says about a card after its title.
canvas-card-place = Lane { $lane }, stage { $stage }
canvas-card-tags = TERMS: { $tags }
canvas-card-emotion = Emotion { $rating }
canvas-card-measured = { $whose } measured { $score } ({ $responses } responses)
