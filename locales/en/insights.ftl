# The insights panel (src/ui/insights).

insights-title = Insights
insights-heatmap = TERMS heatmap
insights-hidden-impact = Hidden impact
insights-handoffs = Handoffs ({ $count })
insights-promises = Promises ({ $count })
insights-warnings = Warnings ({ $count })
insights-curves = Emotion curves
# The size of the map: "8 touchpoints (4 visible, 4 hidden) · 9 links · 5 handoffs".
insights-summary = { $touchpoints } ({ $visible } visible, { $hidden } hidden) · { $links } · { $handoffs }
insights-handoff-count = { $count ->
    [one] { $count } handoff
   *[other] { $count } handoffs
}
insights-terms-tagged = { $count ->
    [one] { $area }: { $count } touchpoint tagged
   *[other] { $area }: { $count } touchpoints tagged
}
insights-untitled = (untitled)
# $what is a thing and its number: "touchpoint 3".
insights-missing = (missing { $what })
insights-unnamed = (unnamed { $what })
insights-click-to-show = Click to show it on the map.
insights-first-warnings = Show the first { $count } warnings
insights-all-warnings = Show all { $count } warnings
insights-first-hidden-steps = Show the first { $count } hidden steps
insights-all-hidden-steps = Show all { $count } hidden steps
insights-first-owner-pairs = Show the first { $count } pairs of owners
insights-all-owner-pairs = Show all { $count } pairs of owners

## The TERMS heatmap

insights-heatmap-no-stages = No stages yet: add the phases of the journey as stages.
insights-clear-filter = Clear filter
insights-heatmap-untagged = No TERMS problems tagged yet. Tag touchpoints in the inspector to fill the map.
insights-heatmap-help = Each cell adds up the severities (1 minor to 3 critical) of a stage's tags. Click one to show its touchpoints on the map.
insights-unnamed-stage = (unnamed stage)
insights-cell-name = { $area } in { $stage }: { $value }
insights-cell-click = Click to show only these touchpoints on the map.
insights-cell-hover = { $label } (summed severity). { $action }
insights-column-name = { $area } in all stages
insights-column-click = Click to show only touchpoints with a { $area } problem.
insights-column-hover = { $area }, in every stage. { $action }
insights-click-to-clear = Click again to clear the filter.
# What the heatmap's filter shows: "Showing Money in Pay: 2 touchpoints".
insights-showing = Showing { $what }: { $touchpoints }
insights-showing-area-in-stage = { $area } in { $stage }
insights-showing-area = { $area } in every stage
insights-showing-stage = { $stage }
insights-showing-everything = everything

## Hidden impact

insights-hidden-impact-empty = No hidden steps yet. Add the backstage and support work behind the customer's moments, and link it to the steps it makes possible.
insights-missing-lane = (missing lane)
insights-hidden-step-details = { $lane } · supports { $supported } visible · weight { $weight }
insights-hidden-step-name = Show hidden step { $rank }: { $title }
insights-supports-nothing = It supports no visible touchpoint: link it to the steps it makes possible.
insights-supports = If it fails, these moments suffer:
insights-more-supported = … and { $count } more

## Handoffs

insights-handoffs-empty = No handoffs: no link goes from one owner to another. Set the owner of each touchpoint to see where work changes hands.
insights-handoffs-summary = { $handoffs } between { $pairs } pairs of owners, the busiest first.
# $owners: "Billing → Sales".
insights-handoff-pair-name = Handoffs { $owners }
insights-handoff-pair-fold = Click to fold them away
insights-handoff-pair-unfold = Click to list them
insights-handoff-name = Show handoff { $owners }: { $ends }
insights-click-to-show-link = Click to show the link on the map.

## Promises

insights-promises-empty = No promises yet. Add the brand's customer promises to see whether the map keeps them.
insights-promise-text = “{ $text }”
insights-promise-no-text = (a promise with no text)
insights-covered = ✓ covered · { $redeemed } · { $secured }
insights-not-covered = ⚠ { $redeemed } · { $secured }
insights-redeemed-by = redeemed by { $count }
insights-not-redeemed = not redeemed
insights-secured-by = secured by { $count }
insights-not-secured = not secured
insights-redeemed-where = Redeemed where customers see it:
insights-redeemed-nowhere = nowhere yet
insights-secured-how = Secured by the work behind it:
insights-secured-by-nothing = by nothing yet

## Warnings

insights-no-warnings = No warnings
insights-show = Show
insights-show-hover = Show it on the map
insights-show-warning-name = Show warning { $number }
insights-no-jump-map = This is about the whole map: there is no one thing to show.
insights-no-jump-idea = Ideas are in the parking lot, not on the map.
insights-no-jump-lane = Lanes cannot be selected on the map: fix it where the lanes are edited.
insights-no-jump-stage = Stages cannot be selected on the map: fix it where the stages are edited.
insights-no-jump-persona = Personas are not on the map: fix it where the personas are edited.
insights-no-jump-promise = Promises are not on the map: fix it where the promises are edited.

## Emotion curves

insights-persona = Persona
insights-curves-everyone = Everyone (visible touchpoints)
insights-curves-everyone-caption = Every visible touchpoint, in journey order.
insights-curves-customer-caption = { $count ->
    [one] { $count } touchpoint on this persona's path.
   *[other] { $count } touchpoints on this persona's path.
}
insights-curves-employee-caption = { $count ->
    [one] { $count } employee step on this persona's path.
   *[other] { $count } employee steps on this persona's path.
}
insights-curves-unrated = No emotions rated yet
insights-curves-unrated-help = Rate how customers feel and how employees experience each step in the inspector.
insights-customer-emotion = Customer emotion
insights-employee-experience = Employee experience
insights-chart-unrated = Not rated yet
# A point of a curve: "Customer emotion at Open invoice: −2".
insights-point-name = { $what } at { $title }: { $value }
insights-feedback-changes = What changed
insights-feedback-mirror = Where both fall
insights-feedback-sources = Feedback sources
insights-feedback-compare = Compare the latest
insights-feedback-day = day
insights-feedback-week = week
insights-feedback-month = month
insights-feedback-latest = with the one before; the latest ends { $date }.
insights-feedback-no-changes = Nothing got worse since the period before.
insights-feedback-changed = { $whose }: { $before } → { $after }; negative { $negative_before } → { $negative_after }
insights-feedback-show = Show { $title } on the map
insights-feedback-no-mirror = No customer moment is low or falling where employees also score its steps low.
insights-feedback-mirror-intro = Customer moments that are low or falling, and the steps behind them that employees score low:
insights-feedback-falling = falling
insights-feedback-customers = customers { $score }
insights-feedback-employees = employees { $score } at { $step }
insights-feedback-more-unusable = and { $count } more; polku feedback check lists them all
insights-feedback-groups = By stage and path
insights-feedback-path = Path: { $persona }
insights-feedback-no-groups = No response is about a touchpoint of a stage or a persona's path.
insights-feedback-group-figure = { $audience ->
    [customer] customers
   *[employee] employees
} { $score } ({ $responses })
insights-feedback-from = Responses from
insights-feedback-to = to
insights-feedback-any-day = any day
insights-feedback-not-a-date = write a date as 2026-11-30
