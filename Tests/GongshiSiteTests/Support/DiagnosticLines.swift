import GongshiCore

/// The line a diagnostic prints: `location: 错误 GS1203: text` and the hint below.
func errorLine(_ location: String, _ message: Message) -> String { "\(location): " + message.line(.error) }
func warningLine(_ location: String, _ message: Message) -> String { "\(location): " + message.line(.warning) }
