import TopographCommands

TopographCommand.main()
