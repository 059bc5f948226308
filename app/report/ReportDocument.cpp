#include "report/ReportDocument.h"

#include <QBuffer>
#include <QTextBlock>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QPageLayout>
#include <QPageSize>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace hiernet::report {
namespace {

const QString kScheme = QStringLiteral("report:");

QTextTableFormat tableFormat(const QVector<int>& widths)
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(153, 153, 153));
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    if (!widths.isEmpty()) {
        QVector<QTextLength> lengths;
        for (int w : widths)
            lengths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(lengths);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    }
    return format;
}

} // namespace

ReportDocument::ReportDocument(QTextDocument& document)
    : m_document(document)
    , m_cursor(&document)
{
    m_document.setDefaultStyleSheet(QString());
    QFont font = m_document.defaultFont();
    font.setFamily(QStringLiteral("sans-serif"));
    m_document.setDefaultFont(font);
}

void ReportDocument::heading(int level, const QString& text, bool newPage)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : 12);
    block.setBottomMargin(6);
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level == 1 ? 20 : level == 2 ? 15 : 12);
    if (!m_document.isEmpty() || m_cursor.block().length() > 1)
        m_cursor.insertBlock(block, chars);
    else {
        m_cursor.setBlockFormat(block);
        m_cursor.setCharFormat(chars);
    }
    m_cursor.insertText(text, chars);
}

void ReportDocument::paragraph(const QString& text, bool small)
{
    QTextCharFormat chars;
    if (small) {
        chars.setFontPointSize(8);
        chars.setForeground(QColor(85, 85, 85));
    }
    QTextBlockFormat block;
    block.setBottomMargin(6);
    m_cursor.insertBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void ReportDocument::richParagraph(const QString& html)
{
    QTextBlockFormat block;
    block.setBottomMargin(6);
    m_cursor.insertBlock(block, QTextCharFormat());
    m_cursor.insertHtml(html);
}

void ReportDocument::addResource(const QString& name, const QImage& image)
{
    m_images.insert(name, image);
    m_document.addResource(QTextDocument::ImageResource, QUrl(kScheme + name), image);
}

void ReportDocument::image(const QString& name, const QImage& image, int width)
{
    addResource(name, image);
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextImageFormat format;
    format.setName(kScheme + name);
    format.setWidth(width);
    format.setHeight(image.width() > 0 ? double(width) * image.height() / image.width() : width);
    m_cursor.insertImage(format);
}

QTextTable* ReportDocument::table(int rows, int columns, const QStringList& header, const QVector<int>& widths)
{
    m_cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    const int headerRows = header.isEmpty() ? 0 : 1;
    auto* table = m_cursor.insertTable(rows + headerRows, header.isEmpty() ? columns : int(header.size()), tableFormat(widths));
    for (int c = 0; c < header.size(); ++c)
        setCell(table, 0, c, header[c], ColumnHeader);
    endTable();
    return table;
}

void ReportDocument::endTable()
{
    m_cursor.movePosition(QTextCursor::End); // what follows goes after the table
}

void ReportDocument::setCell(
    QTextTable* table, int row, int column, const QString& text, CellStyle style, const QColor& background)
{
    auto cell = table->cellAt(row, column);
    auto format = cell.format();
    if (style == ColumnHeader || style == RowHeader)
        format.setBackground(QColor(238, 238, 238));
    if (background.isValid())
        format.setBackground(background);
    if (style == ColumnHeader || style == RowHeader)
        format.setFontWeight(QFont::Bold);
    cell.setFormat(format);
    auto cursor = cell.firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(style == Number ? Qt::AlignRight : style == ColumnHeader ? Qt::AlignHCenter : Qt::AlignLeft);
    cursor.setBlockFormat(block);
    cursor.insertText(text);
}

void ReportDocument::setRichCell(QTextTable* table, int row, int column, const QString& html)
{
    table->cellAt(row, column).firstCursorPosition().insertHtml(html);
}

void ReportDocument::setImageCell(QTextTable* table, int row, int column, const QString& name, const QImage& image, int width)
{
    addResource(name, image);
    QTextImageFormat format;
    format.setName(kScheme + name);
    format.setWidth(width);
    format.setHeight(image.width() > 0 ? double(width) * image.height() / image.width() : width);
    table->cellAt(row, column).firstCursorPosition().insertImage(format);
}

QString ReportDocument::html() const
{
    QString out = m_document.toHtml();
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        it.value().save(&buffer, "PNG");
        out.replace(kScheme + it.key(), QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    }
    return out;
}

bool ReportDocument::write(const QString& file, const QString& title, QString* error) const
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, why);
        return false;
    };
    const auto suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm") && suffix != QLatin1String("pdf"))
        return fail(QCoreApplication::translate("hiernet::report::RunReport", "give a .pdf or .html file"));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(out.errorString());
    if (suffix == QLatin1String("pdf")) {
        // The writer finishes the file when it goes: before the commit below.
        QPdfWriter pdf(&out);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("HierNet Studio"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(96);
        m_document.print(&pdf);
    } else {
        out.write(html().toUtf8());
    }
    if (!out.commit())
        return fail(out.errorString());
    return true;
}

} // namespace hiernet::report
