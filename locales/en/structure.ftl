# The map panel: the map's title and description, its lanes and stages
# (src/ui/structure). Texts named "undo" name a step in the Edit menu, which shows them
# in lower case.

structure-title = Map
structure-map-title = Map title
structure-map-title-hint = What journey is this?
structure-map-title-undo = Rename map
structure-map-description = Map description
structure-map-description-hint = Whose journey, which service, what for
structure-map-description-undo = Edit map description

## Lanes.

structure-lanes = Lanes
# Also the undo step.
structure-add-lane = Add lane
# The name a new lane is given.
structure-new-lane = New lane
structure-lane-name-hint = Lane name
structure-lane-name = Lane { $n } name
structure-lane-rename-undo = Rename lane
structure-lane-kind = Lane { $n } kind
structure-lane-kind-undo = Set lane kind
structure-lane-move-undo = Move lane
structure-lane-move-up-hover = Move up
structure-lane-move-down-hover = Move down
structure-lane-move-up = Move lane { $n } up
structure-lane-move-down = Move lane { $n } down
structure-lane-remove = Remove lane { $n }
structure-lane-remove-hover = Remove this lane
structure-lane-remove-holding-hover = Remove this lane; it holds { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    }, and you choose what happens to them
structure-lane-remove-last = A map needs at least one lane: add another before removing this one
structure-lane-help-evidence = Evidence: what the customer physically sees: the invoice, the sign
structure-lane-help-customer = Customer: what the customer does
structure-lane-help-frontstage = Frontstage: employee actions the customer sees
structure-lane-help-backstage = Backstage: employee actions the customer does not see
structure-lane-help-support = Support: processes and systems: billing, logistics, IT

## Stages.

structure-stages = Stages
# Also the undo step.
structure-add-stage = Add stage
# The name a new stage is given.
structure-new-stage = New stage
structure-stage-name-hint = Stage name
structure-stage-name = Stage { $n } name
structure-stage-rename-undo = Rename stage
structure-stage-move-undo = Move stage
structure-stage-move-earlier-hover = Move earlier
structure-stage-move-later-hover = Move later
structure-stage-move-earlier = Move stage { $n } earlier
structure-stage-move-later = Move stage { $n } later
structure-stage-remove = Remove stage { $n }
structure-stage-remove-hover = Remove this stage
structure-stage-remove-holding-hover = Remove this stage; it holds { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    }, and you choose what happens to them
structure-stage-remove-last = A map needs at least one stage: add another before removing this one

## Removing a lane or stage that holds touchpoints. $name is quoted already.

structure-lane-remove-undo = Remove lane { $name }
structure-lane-remove-question = Remove lane { $name }?
structure-lane-remove-holds = Lane { $name } holds { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    }. What should happen to them?
structure-lane-move-them = Move them to
structure-lane-move-them-name = Lane to move them to
structure-stage-remove-undo = Remove stage { $name }
structure-stage-remove-question = Remove stage { $name }?
structure-stage-remove-holds = Stage { $name } holds { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    }. What should happen to them?
structure-stage-move-them = Move them to
structure-stage-move-them-name = Stage to move them to
structure-delete-them-too = Delete them too
structure-undo-brings-back = Undo brings everything back.
structure-cancel = Cancel
structure-feedback = Feedback files
structure-feedback-none = None yet: add a survey export (CSV or XLSX) to see what customers and employees say on the map.
structure-feedback-add-hover = Name a file of survey responses as a source of this map; its columns and scale are guessed from its headers.
structure-feedback-remove = Stop reading { $file } (the file itself stays as it is)
structure-feedback-remove-undo = Remove a feedback file
structure-feedback-audience-undo = Set whose responses a feedback file holds
structure-feedback-scale-undo = Set the scale of a feedback file
structure-feedback-columns = touchpoint in “{ $touchpoint }”, score in “{ $score }”
structure-feedback-nps = NPS 0–10
structure-feedback-csat = CSAT 1–5
structure-feedback-ces = effort 1–7
structure-feedback-rating = rating 1–{ $high }
structure-feedback-scale = scale
