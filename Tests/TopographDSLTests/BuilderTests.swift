import Testing
import TopographDSL
