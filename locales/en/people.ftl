# The personas and promises panel (src/ui/people).

people-title = Personas and promises
people-personas = Personas
people-promises = Promises
people-promises-intro = Visible touchpoints redeem a promise; employee and hidden work secures it.
people-missing-touchpoint = (missing touchpoint)

## Recording a persona's path

people-recording = Recording the path of { $name }
people-recording-help = Click touchpoints on the map in the order this persona meets them.
people-recording-done = Done
people-recording-done-hover = Stop recording; the path stays as it is
people-recording-done-name = Done recording the path
people-steps-so-far = { $count ->
    [one] { $count } step so far
   *[other] { $count } steps so far
}

## A persona's path

people-path = Path
people-step-count = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
people-path-empty = None yet: record it on the map, or take it from the selection.
# A step of a path, as its row's controls name it: "Move step 2 of persona 1 up".
people-step-name = step { $step } of persona { $persona }
people-step-remove-hover = Take this step out of the path
people-record-path = Record path
people-record-path-hover = Then click touchpoints on the map in the order this persona meets them; each is added to the end of the path
people-record-path-name = Record path of persona { $n }
people-path-from-selection = Path from selection
people-path-from-selection-hover = Make the selected touchpoints the path, in journey order
people-path-from-selection-none = Select the touchpoints of the path on the map first
people-path-from-selection-same = The path is already the selected touchpoints
people-path-from-selection-name = Set path of persona { $n } from selection
people-clear-path = Clear path
people-clear-path-hover = Empty the path; undo brings it back
people-clear-path-name = Clear path of persona { $n }

## Personas

people-personas-empty = No personas yet. Add one for each kind of customer or employee who walks a different path.
people-add-persona = Add persona
# The name a new persona is given.
people-new-persona = New persona
people-persona-name-hint = Persona name
people-persona-name-name = Persona { $n } name
people-kind-customer = Customer
people-kind-employee = Employee
people-persona-kind-name = Persona { $n } kind: { $kind }
people-persona-colour-name = Persona { $n } colour: { $colour }
people-pick-colour = Pick any colour
people-persona-custom-colour-name = Persona { $n } custom colour
people-persona-description-hint = Who they are and what they need
people-persona-description-name = Persona { $n } description
people-highlight = Highlight on map
people-persona-highlight-hover = Outline this persona's path on the map, numbered
people-persona-highlight-name = Highlight persona { $n } on map
people-remove-persona = Remove persona
people-remove-persona-hover = Remove the persona and its path; undo brings them back
people-remove-persona-name = Remove persona { $n }

## The colours of the persona palette

people-colour-blue = blue
people-colour-red = red
people-colour-green = green
people-colour-purple = purple
people-colour-orange = orange
people-colour-brown = brown
people-colour-pink = pink
people-colour-cyan = cyan

## Promises

people-promises-empty = No promises yet. Add what the brand promises its customers, then link the touchpoints that keep each promise.
people-add-promise = Add promise
# The text a new promise is given.
people-new-promise = New promise
people-promise-highlight-hover = Mark out on the map the touchpoints that redeem and secure it
people-promise-highlight-name = Highlight promise { $n } on map
people-remove-promise = Remove promise
people-remove-promise-hover = Remove the promise; undo brings it back
people-remove-promise-name = Remove promise { $n }
people-promise-text-hint = What do we promise?
people-promise-text-name = Promise { $n } text
people-promise-description-hint = Where it is made: an advert, the contract, the website
people-promise-description-name = Promise { $n } description
people-covered = ✓ Covered: redeemed where customers see it, secured behind it
people-not-redeemed = ⚠ Not redeemed: no visible touchpoint keeps it
people-not-secured = ⚠ Not secured: no work behind the scenes makes it possible
people-redeemed-by = Redeemed by
people-secured-by = Secured by
people-no-touchpoints = No touchpoints yet.
people-hidden-note = hidden: does not count
# A touchpoint in a promise's list, as its row's controls name it.
people-redeeming-name = redeeming touchpoint { $index } of promise { $n }
people-securing-name = securing touchpoint { $index } of promise { $n }
people-promise-row-remove-hover = Take it out of this list
people-redeemed-by-selection = Redeemed by selection
people-redeemed-by-selection-name = Promise { $n } redeemed by selection
people-secured-by-selection = Secured by selection
people-secured-by-selection-name = Promise { $n } secured by selection
people-add-help-redeem-none = Select the touchpoints where customers see this promise kept. Only visible ones (Evidence, Customer and Frontstage lanes) redeem a promise.
people-add-help-secure-none = Select the employee work and systems that make this promise possible.
people-add-help-adds = { $count ->
    [one] Adds the { $count } touchpoint in the selection.
   *[other] Adds the { $count } touchpoints in the selection.
}
people-add-help-hidden = { $count ->
    [one] { $count } hidden touchpoint below the line of visibility is left out: the customer never meets it, so it cannot redeem the promise. Use “{ people-secured-by-selection }” for it.
   *[other] { $count } hidden touchpoints below the line of visibility are left out: the customer never meets them, so they cannot redeem the promise. Use “{ people-secured-by-selection }” for them.
}

## A touchpoint in a list of the panel

people-row-show-hover = Show it on the map
people-row-move-earlier = Move earlier
people-row-move-later = Move later
# $name is a step or touchpoint as named above: "step 2 of persona 1".
people-row-move-up-name = Move { $name } up
people-row-move-down-name = Move { $name } down
people-row-remove-name = Remove { $name }

## Undo steps: the Edit menu shows them in lower case ("Undo add persona").

people-undo-add-to-path = Add to path
people-undo-remove-step = Remove path step
people-undo-move-step = Move path step
people-undo-path-from-selection = Set path from selection
people-undo-clear-path = Clear path
people-undo-add-persona = Add persona
people-undo-rename-persona = Rename persona
people-undo-persona-kind = Set persona kind
people-undo-persona-colour = Set persona colour
people-undo-persona-description = Edit persona description
people-undo-remove-persona = Remove persona
people-undo-add-promise = Add promise
people-undo-edit-promise = Edit promise
people-undo-promise-description = Edit promise description
people-undo-remove-promise = Remove promise
people-undo-remove-from-promise = Remove from promise
people-undo-redeem = Redeem promise
people-undo-secure = Secure promise
