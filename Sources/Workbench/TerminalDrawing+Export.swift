// Every view draws with TerminalDrawing's primitives (Canvas, Rect, Role, Theme, DisplayWidth…), and
// whoever runs the workbench hands it a terminal of that target: importing Workbench brings them along.
@_exported import TerminalDrawing
