# The model (src/model): names of the things on a map, the messages about a map that
# does not load or an edit that does not fit, the checks, the comparison of two versions
# and the templates of a new map.

## Things named by their number: "touchpoint 7".

model-id-touchpoint = touchpoint { $number }
model-id-link = link { $number }
model-id-lane = lane { $number }
model-id-stage = stage { $number }
model-id-persona = persona { $number }
model-id-promise = promise { $number }

## Kinds of lane, as a service blueprint names them.

model-lane-kind-evidence = Evidence
model-lane-kind-customer = Customer
model-lane-kind-frontstage = Frontstage
model-lane-kind-backstage = Backstage
model-lane-kind-support = Support

## Channels: how the customer and the service meet.

model-channel-in-person = in person
model-channel-phone = phone
model-channel-web = web
model-channel-app = app
model-channel-email = email
model-channel-letter = letter
model-channel-chat = chat
model-channel-other = other

## Evidence levels: how well we know what we claim.

model-evidence-observed = observed
model-evidence-reported = reported
model-evidence-assumed = assumed

## Severities of a TERMS problem.

model-severity-minor = minor
model-severity-major = major
model-severity-critical = critical

## Kinds of persona and of link.

model-persona-kind-customer = Customer
model-persona-kind-employee = Employee
model-link-kind-flow = Flow
model-link-kind-support = Support

## The lines of a service blueprint, drawn between lanes.

model-line-interaction = line of interaction
model-line-visibility = line of visibility
model-line-internal-interaction = line of internal interaction

## What a message is about, when it is not a thing with a number.

model-subject-map = the map
model-subject-idea = idea { $number } of the parking lot

## A map that does not load: what is wrong, and what to do.

model-document-duplicate = { $id } appears more than once; give each its own id
model-document-missing-lane = touchpoint { $touchpoint } is in lane { $lane }, which does not exist; add the lane or move the touchpoint
model-document-missing-stage = touchpoint { $touchpoint } is in stage { $stage }, which does not exist; add the stage or move the touchpoint
model-document-link-to-missing = link { $link } points to touchpoint { $touchpoint }, which does not exist; remove the link or add the touchpoint
model-document-persona-to-missing = persona { $persona } walks through touchpoint { $touchpoint }, which does not exist; remove it from the path
model-document-promise-to-missing = promise { $promise } names touchpoint { $touchpoint }, which does not exist; remove it from the promise
model-document-duplicate-tag = touchpoint { $touchpoint } has two { $area } tags; keep one
model-document-not-finite = touchpoint { $touchpoint } has the position { $x }, which is not a position polku can draw; use a plain number from 0 to 1000000
# $subject: "touchpoint 2", "the map"…; $error: one of the model-limit messages.
model-document-over-limit = { $subject } is over a limit: { $error }

## An edit that does not fit the map.

model-edit-missing = { $id } does not exist
model-edit-id-in-use = { $id } is already in use
model-edit-lane-not-empty = { $count ->
    [one] lane { $lane } still holds { $count } touchpoint; move or remove it first
   *[other] lane { $lane } still holds { $count } touchpoints; move or remove them first
}
model-edit-stage-not-empty = { $count ->
    [one] stage { $stage } still holds { $count } touchpoint; move or remove it first
   *[other] stage { $stage } still holds { $count } touchpoints; move or remove them first
}
model-edit-out-of-range = position { $index } is past the end of a list of { $len }
model-edit-not-finite = a position must be a number from -1000000 to 1000000
model-edit-duplicate-tag = a touchpoint may have only one tag of each TERMS area
model-edit-unreadable = the map does not hold together: { $problem }
model-edit-over-limit = the map is over a limit: { $error }

## Limits: a text or a list that is too long. $what is one of the model-part names.

model-limit-too-long = its { $what } is { $chars } characters long; polku keeps up to { $limit } characters there
model-limit-too-many = it has { $count } { $what }; polku allows up to { $limit }

# Texts, as in "its title is … characters long".
model-part-title = title
model-part-description = description
model-part-name = name
model-part-actor = actor
model-part-owner = owner
model-part-key = feedback key
model-part-label = label
model-part-text = text
model-part-observation = observation
model-part-source = source
model-part-terms-note = TERMS note
# Lists, as they follow a number: "it has 1001 lanes".
model-part-lanes = lanes
model-part-stages = stages
model-part-touchpoints = touchpoints
model-part-links = links
model-part-personas = personas
model-part-promises = promises
model-part-ideas = ideas
model-part-observations = observations
model-part-conflicts = conflicts
model-part-feedback-sources = feedback sources
model-part-path-steps = steps in its path
model-part-named-touchpoints = touchpoints named

## Checks: problems in a map that still loads, each with what to do.

model-warning-no-lanes = the map has no lanes; add lanes for the customer and the work behind them
model-warning-no-stages = the map has no stages; add the phases of the journey as stages
model-warning-unnamed-lane = lane { $lane } has no name; name it so the map can be read
model-warning-unnamed-stage = stage { $stage } has no name; name it so the map can be read
model-warning-untitled = touchpoint { $touchpoint } has no title; say in a few words what happens there
model-card-untitled = (untitled)
model-emotion-row = Customer emotion
model-emotion-row-persona = Emotion: { $persona }
model-emotion-row-customer = customer
model-emotion-row-employee = employees
model-emotion-row-customer-measured = customers, measured
model-emotion-row-employee-measured = employees, measured
model-warning-unlinked = touchpoint { $touchpoint } "{ $title }" is linked to nothing; link it to the steps before and after it
model-warning-hidden-leads-nowhere = hidden touchpoint { $touchpoint } "{ $title }" leads nowhere; link it to the step it supports
model-warning-critical-without-note = touchpoint { $touchpoint } "{ $title }" has a critical { $area } problem with no note; note what goes wrong
model-warning-self-link = link { $link } goes from a touchpoint to itself; remove it
model-warning-repeated-link = link { $link } repeats link { $first } (same ends, same kind); remove one of them
model-warning-persona-without-path = persona { $persona } "{ $name }" walks no path; add the touchpoints they meet, in order
model-warning-promise-not-redeemed = promise { $promise } "{ $text }" is redeemed by no visible touchpoint; link the moments where customers see it kept
model-warning-promise-not-secured = promise { $promise } "{ $text }" is secured by no employee or hidden touchpoint; link the work that makes it possible

## Comparing two versions of a map: "touchpoint 7 “Pays”: title → “Pays the bill”, owner".

# A name in a difference, cut short with … when long.
model-compare-quoted = “{ $text }”
model-compare-map = map { $title }
model-compare-idea = idea { $text }
model-compare-ideas-reordered = parking lot: order of the ideas
# The fields that differ.
model-compare-title = title
model-compare-description = description
model-compare-name = name
model-compare-kind = kind
model-compare-order = order
model-compare-lane = lane
model-compare-stage = stage
model-compare-position = position
model-compare-actor = actor
model-compare-channel = channel
model-compare-owner = owner
model-compare-terms = TERMS tags
model-compare-emotion = emotion
model-compare-employee-experience = employee experience
model-compare-evidence = evidence
model-compare-observations = observations
model-compare-label = label
model-compare-colour = colour
model-compare-path = path
model-compare-text = text
model-compare-redeemed-by = redeemed by
model-compare-secured-by = secured by

## Templates of a new map: its title, lanes (top to bottom) and stages (left to right).

model-template-blueprint = Service blueprint
model-template-journey = Customer journey
model-template-employee = Employee journey

model-template-lane-physical-evidence = Physical evidence
model-template-lane-customer-actions = Customer actions
model-template-lane-frontstage = Frontstage
model-template-lane-backstage = Backstage
model-template-lane-support-processes = Support processes
model-template-lane-customer-sees = What the customer sees
model-template-lane-customer = Customer
model-template-lane-staff-met = Staff the customer meets
model-template-lane-behind-the-scenes = Behind the scenes
model-template-lane-customer-moments = Customer moments
model-template-lane-tools = Tools and documents
model-template-lane-new-employee = New employee
model-template-lane-manager = Manager and team
model-template-lane-hr = HR, IT and payroll

model-template-stage-discover = Discover
model-template-stage-join = Join
model-template-stage-use = Use
model-template-stage-pay = Pay
model-template-stage-get-help = Get help
model-template-stage-leave = Leave
model-template-stage-consider = Consider
model-template-stage-buy = Buy
model-template-stage-renew-or-leave = Renew or leave
model-template-stage-recruitment = Recruitment
model-template-stage-before-day-one = Before day one
model-template-stage-first-day = First day
model-template-stage-first-weeks = First weeks
model-template-stage-first-90-days = First 90 days

## Values in a file that are out of range or badly written.

model-value-rating = a rating must be from -2 to 2, not { $value }
model-value-severity = a severity must be 1 (minor), 2 (major) or 3 (critical), not { $value }
# $text is quoted: "yesterday".
model-value-date-format = a date must be written YYYY-MM-DD, such as 2026-03-14, not { $text }
model-value-date-not-a-day = { $text } is not a day in the calendar
model-value-colour-format = a colour must be written #rrggbb, such as #1f77b4, not { $text }

## What an edit does, for the Undo and Redo items of the Edit menu ("Undo move touchpoint"),
## which show it in lower case. Used when the words an edit was made with are in another
## language than the window's now. $count: how many things a batch of one kind changed.

model-undo-nothing = No change
model-undo-several = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
model-undo-map-info = Edit map details
model-undo-add-lane = Add lane
model-undo-remove-lane = Remove lane
model-undo-set-lane = Change lane
model-undo-move-lane = Move lane
model-undo-add-stage = Add stage
model-undo-remove-stage = Remove stage
model-undo-rename-stage = Rename stage
model-undo-move-stage = Move stage
model-undo-add-touchpoint = { $count ->
    [one] Add touchpoint
   *[other] Add { $count } touchpoints
}
model-undo-remove-touchpoint = { $count ->
    [one] Remove touchpoint
   *[other] Remove { $count } touchpoints
}
model-undo-touchpoint-title = Rename touchpoint
model-undo-touchpoint-description = Edit description
model-undo-touchpoint-key = Set feedback key
model-undo-touchpoint-actor = Set actor
model-undo-touchpoint-owner = { $count ->
    [one] Set owner
   *[other] Set owner of { $count } touchpoints
}
model-undo-touchpoint-channel = Set channel
model-undo-touchpoint-emotion = Set customer emotion
model-undo-touchpoint-employee = Set employee experience
model-undo-touchpoint-evidence = Set evidence
model-undo-touchpoint-place = { $count ->
    [one] Move touchpoint
   *[other] Move { $count } touchpoints
}
model-undo-touchpoint-tag = { $count ->
    [one] Change TERMS tag
   *[other] Change TERMS tags of { $count } touchpoints
}
model-undo-add-observation = Add observation
model-undo-remove-observation = Remove observation
model-undo-add-link = { $count ->
    [one] Link touchpoints
   *[other] Add { $count } links
}
model-undo-remove-link = { $count ->
    [one] Remove link
   *[other] Remove { $count } links
}
model-undo-set-link = { $count ->
    [one] Change link
   *[other] Change { $count } links
}
model-undo-add-persona = Add persona
model-undo-remove-persona = Remove persona
model-undo-set-persona = Change persona
model-undo-add-promise = Add promise
model-undo-remove-promise = Remove promise
model-undo-set-promise = Change promise
model-undo-add-idea = Park an idea
model-undo-remove-idea = Remove an idea
model-undo-replace = Reload the map
model-undo-set-idea = Reword an idea
model-undo-set-feedback = Change feedback files

# What a comparison and a merge show of a value.
model-compare-from = from
model-compare-to = to
model-compare-parking-lot = parking lot
model-shown-none = none
model-shown-empty = (empty)
model-shown-more = and { $count } more
model-merge-unreadable-value = the value is not one this field can hold ({ $reason })
model-merge-no-such-field = polku knows no field “{ $field }”
model-conflict-map = the map
model-conflict-removed = removed
model-conflict-added = added
model-conflict-unchanged = kept as it was
model-conflict-changed = changed: { $fields }
model-conflict-there = there
model-conflict-not-there = not there
model-listing-conflict = conflict: { $what } · base: { $base } · ours: { $ours } · theirs: { $theirs }
model-compare-conflicts = conflicts from a merge to resolve: { $before } → { $after }
model-merge-still-used = { $what } still holds touchpoints: move or remove them first, then resolve this
model-compare-feedback = feedback sources
model-audience-customer = customers
model-audience-employee = employees
model-score-nps = NPS { $score }
model-score-csat = CSAT { $score } %
model-score-ces = effort { $score } of 7
model-score-of = { $score } of { $high }
model-trend-better = better than the period before
model-trend-steady = as the period before
model-trend-worse = worse than the period before
