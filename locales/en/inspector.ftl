# The inspector: the side panel that edits what is selected (src/ui/inspector).
# Texts named "undo" name a step in the Edit menu ("Undo set channel"), which shows them
# in lower case.

inspector-title = Inspector
inspector-nothing-selected = Select a touchpoint or a link to edit it. Double-click empty canvas to add a touchpoint.

## Building blocks shared by the panels.

inspector-suggestions-hover = Values already used in this map
# The accessible name of the menu button beside a field: "Owner suggestions".
inspector-suggestions-name = { $name } suggestions
# A menu for several things that do not share one value.
inspector-choice-mixed = mixed
# A menu whose value (a lane or stage) the map lacks.
inspector-choice-missing = missing
# A touchpoint's title in a sentence.
inspector-quoted = “{ $title }”
inspector-untitled = (untitled)

## Section headings.

inspector-section-place = Place
inspector-section-terms = TERMS
inspector-section-experience = Experience
inspector-section-links = Links
inspector-section-observations = Observations
inspector-section-touchpoints = Touchpoints

## One touchpoint.

inspector-touchpoint-title = Touchpoint
inspector-visible = Visible to the customer
inspector-hidden = Hidden from the customer, below the line of visibility
inspector-delete-touchpoint = Delete touchpoint
inspector-delete-touchpoint-hover = Removes it with its links. Undo brings it back.
inspector-title-label = Title
inspector-title-hint = What happens here?
inspector-title-undo = Rename touchpoint
inspector-description = Description
inspector-description-undo = Edit description
inspector-actor = Actor
# Suggested first in the actor menu, and written into the map when picked.
inspector-actor-customer = Customer
inspector-actor-hint = Customer, or an employee role
inspector-actor-typed-undo = Edit actor
inspector-actor-picked-undo = Set actor
inspector-owner = Owner
inspector-owner-hint = The department responsible
inspector-owner-typed-undo = Edit owner
inspector-set-owner = Set owner
inspector-channel = Channel
inspector-channel-undo = Set channel
inspector-evidence = Evidence
inspector-evidence-hover = How we know: someone saw it, someone told us, or we assume so
inspector-evidence-undo = Set evidence
inspector-lane = Lane
inspector-stage = Stage
inspector-move-undo = Move touchpoint
inspector-no-links = No links. Drag from a card's edge to link it.
# $title is quoted already; $kind is flow or support.
inspector-link-to = → to { $title } ({ $kind ->
        [flow] flow
       *[support] support
    })
inspector-link-from = ← from { $title } ({ $kind ->
        [flow] flow
       *[support] support
    })

## TERMS tags of one touchpoint. $area is the name of a TERMS area (terms-time …).

inspector-terms-tag-undo = Tag { $area }
inspector-terms-untag-undo = Untag { $area }
# The accessible name of a severity button: "Money severity 3 critical".
inspector-terms-severity-name = { $area } severity { $severity }
inspector-terms-severity-undo = Set { $area } severity
inspector-terms-note-hint = What goes wrong here?
inspector-terms-note-name = { $area } note
inspector-terms-note-undo = Edit TERMS note
inspector-terms-none = No TERMS problems tagged here.
inspector-terms-help-time = Time: waiting, delays, slow answers, wasted effort
inspector-terms-help-emotion = Emotion: how the customer feels: uncertain, ignored, annoyed
inspector-terms-help-risk = Risk: what could go wrong: errors, lost data, being let down
inspector-terms-help-money = Money: unexpected costs, wrong invoices, poor value
inspector-terms-help-situation = Situation: where and when: the place, the device, the moment

## Ratings of one touchpoint.

inspector-emotion = Customer emotion
inspector-emotion-undo = Set customer emotion
inspector-employee = Employee experience
inspector-employee-undo = Set employee experience
# The accessible names of the rating buttons: "Customer emotion not rated", "Customer emotion −2".
inspector-rating-none-name = { $what } not rated
inspector-rating-name = { $what } { $rating }

## Observations of one touchpoint.

inspector-observations-none = None yet.
inspector-observation-remove-undo = Remove observation
inspector-observation-remove-hover = Remove this observation
inspector-observation-remove-name = Remove observation { $number }
inspector-observation = Observation
inspector-observation-hint = What did someone see or hear?
inspector-observation-source = Source
inspector-observation-source-hint = Who, or where from
inspector-observation-evidence = How we know
inspector-observation-date = Date
# Also the undo step.
inspector-observation-add = Add observation
# The date must be written as the example shows, in any language.
inspector-observation-add-disabled = Write what was observed, and a date such as 2026-03-14

## One link.

inspector-link-title = Link
inspector-link-from-label = From
inspector-link-to-label = To
inspector-link-kind = Kind
inspector-link-flow-help = Flow: what happens next in time.
inspector-link-support-help = Support: a step that enables or feeds another step.
inspector-link-kind-undo = Set link kind
inspector-link-label = Label
inspector-link-label-hint = Optional, such as “if paid”
inspector-link-label-undo = Edit link label
# Also the undo step.
inspector-delete-link = Delete link

## Several things at once. $what is touchpoint-count, link-count or inspector-several-both.

inspector-several-both = { $touchpoints } and { $links }
inspector-several-selected = { $what } selected
inspector-several-help = Changes here apply to all of them; one undo takes it back.
# Also the undo step.
inspector-several-delete = Delete { $what }
inspector-several-move-lane-undo = Move { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    } to another lane
inspector-several-move-stage-undo = Move { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    } to another stage
inspector-several-owner-hover = Give all { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    } this owner
inspector-several-owner-undo = Set owner of { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    }
# The button below the owner field of several touchpoints.
inspector-set-owner-all = Set owner
inspector-severity = Severity
inspector-tag-all = Tag all
inspector-tag-all-hover = Notes already written stay as they are
inspector-untag-all = Untag all
inspector-several-tag-undo = Tag { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    } { $area }
inspector-several-untag-undo = Untag { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    } { $area }
inspector-several-kind-undo = Set kind of { $count ->
        [one] { $count } link
       *[other] { $count } links
    }
inspector-key = Feedback key
inspector-key-hint = e.g. invoice-first
inspector-key-hover = A short code survey exports can name this touchpoint by. A response is matched to the touchpoint whose key, id or title its touchpoint column holds.
inspector-key-undo = Set feedback key
inspector-section-feedback = Feedback
inspector-feedback-figure = { $audience ->
    [customer] Customers
   *[employee] Employees
}: { $score } ({ $responses } responses)
inspector-feedback-period = { $from } – { $until }
inspector-feedback-in-period = { $score } ({ $responses })
inspector-feedback-none = No response is about this touchpoint.
inspector-feedback-comments = Latest comments
inspector-feedback-undated = undated
inspector-feedback-said = { $audience ->
    [customer] Customers
   *[employee] Employees
}, { $date }, score { $score }
inspector-feedback-to-observation = Make an observation
inspector-feedback-to-observation-hover = Adds this comment to the touchpoint's observations, as reported, with { $file } as its source.
inspector-feedback-already-observed = This comment is already an observation of the touchpoint.
inspector-feedback-to-observation-undo = Make a comment an observation
