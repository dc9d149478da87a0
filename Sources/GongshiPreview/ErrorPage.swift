import GongshiCore

/// The page served for every path while no build has succeeded yet (status 500): the error
/// overlay on an otherwise empty page, with the live-reload script so that fixing the error
/// brings the site up by itself.
enum ErrorPage {
    static func html(errors: [Diagnostic], generation: Int) -> [UInt8] {
        let page = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
            <title>\(PreviewInjection.escape(Messages.previewErrorPageTitle))</title></head>
            <body>
            \(PreviewInjection.overlay(title: Messages.previewFirstBuildFailedTitle, errors: errors))
            \(PreviewInjection.script(generation: generation))
            </body>
            </html>

            """
        return Array(page.utf8)
    }
}
