# The shortcut sheet (F1 or ?): every command, searchable, and the keys of the map.

keys-title = Keyboard and commands
keys-search = Find a command
keys-search-hint = Type to find a command; ↑ ↓ to choose, Enter to run, Esc to close
keys-no-match = No command matches “{ $query }”.
keys-commands = Commands
keys-on-map = Keys on the map
keys-in-walk = Keys in a walk (new customer glasses)
keys-command = Keyboard and commands…
keys-in-menu = { $menu }: { $command }
keys-in-new = New
keys-in-recent = Open recent
keys-in-export = Export
keys-in-theme = Theme
keys-in-language = Language
keys-close = Close

keys-map-tab = Next or previous touchpoint in the order of the journey
keys-map-arrows = Nearest touchpoint in that direction
keys-map-enter = Edit the selected touchpoint's title (Enter again or Esc to go back to the map)
keys-map-add = Add a touchpoint after the selected one, linked from it
keys-map-link = Link the selected touchpoints from left to right
keys-map-move = Move the selected touchpoints (up and down: to the lane above or below)
keys-map-extend = Add the nearest touchpoint in that direction to the selection
keys-map-delete = Delete the selection
keys-map-escape = Clear the selection; Tab then moves through the panels
keys-map-fit = Fit the map to the window
keys-map-sheet = This sheet

keys-walk-next = Next step
keys-walk-previous = Previous step
keys-walk-tag = Tag Time, Emotion, Risk, Money or Situation (minor → major → critical → off)
keys-walk-emotion = How the customer feels, from −2 to +2
keys-walk-note = Write a note
keys-walk-reveal = Reveal the hidden work beneath the step
keys-walk-end = End the walk
