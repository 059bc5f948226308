#pragma once
#include <QColor>
#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QTextCursor>

class QTextDocument;
class QTextTable;

namespace hiernet::report {

/// Writes a QTextDocument through its cursor — headings, paragraphs, tables and images — so that the report is
/// built with Qt's document API, not by concatenating HTML. The same document prints as PDF and exports as HTML
/// (html() puts the images inline).
///
///     ReportDocument doc(document);
///     doc.heading(2, tr("Accuracy"), true);   // on a new page
///     auto* table = doc.table({ tr("Node"), tr("Accuracy") }, rows);
///     doc.setCell(table, 1, 1, QStringLiteral("91.2 %"), ReportDocument::Number);
class ReportDocument {
public:
    explicit ReportDocument(QTextDocument& document);

    void heading(int level, const QString& text, bool newPage = false);
    void paragraph(const QString& text, bool small = false);
    /// A paragraph of rich text (inline markup only: <b>, <br>, <font color>).
    void richParagraph(const QString& html);
    /// An image as a document resource named `name`, `width` pixels wide (height to scale), in a paragraph of its own.
    void image(const QString& name, const QImage& image, int width);

    enum CellStyle { Text, Number, RowHeader, ColumnHeader };
    /// A table of `rows` rows below a header row holding `header` (no header row when empty), `columns` wide
    /// (header.size() when given); `widths` in percent of the page, when given.
    QTextTable* table(int rows, int columns, const QStringList& header = {}, const QVector<int>& widths = {});
    void setCell(
        QTextTable* table, int row, int column, const QString& text, CellStyle style = Text, const QColor& background = {});
    /// A cell of rich text (inline markup only).
    void setRichCell(QTextTable* table, int row, int column, const QString& html);
    /// An image in a cell, as image() does.
    void setImageCell(QTextTable* table, int row, int column, const QString& name, const QImage& image, int width);

    /// The document as one HTML file: the images inline as data: URIs.
    QString html() const;
    /// Writes `document` as a PDF (A4, titled `title`) or, for ".html"/".htm", as html(); false with the reason in
    /// `error`. Through a temporary file: an existing report is replaced only by a whole new one.
    bool write(const QString& file, const QString& title, QString* error) const;

private:
    void addResource(const QString& name, const QImage& image);
    void endTable();

    QTextDocument& m_document;
    QTextCursor m_cursor;
    QHash<QString, QImage> m_images;
};

} // namespace hiernet::report
