#include "studio/dataset/DataPage.h"

#include "SampleGallery.h"

#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hiernet::studio {

DataPage::DataPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableWidget(this))
    , m_gallery(new widgets::SampleGallery)
{
    auto* layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("No dataset"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_busy->setRange(0, 0); // indeterminate: loading has no meaningful fraction
    m_busy->setVisible(false);
    m_busy->setFormat(tr("Loading…"));

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Class"), tr("Train"), tr("Validation"), tr("Test") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumWidth(380);

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_gallery);
    scroll->setWidgetResizable(true);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);

    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);
}

void DataPage::showLoading(const QString& spec)
{
    m_title->setText(tr("Loading %1…").arg(spec));
    m_busy->setVisible(true);
}

void DataPage::showPreview(const DatasetPreview& p)
{
    m_busy->setVisible(false);
    m_title->setText(p.name);
    auto sum = [](const QVector<int>& v) {
        int s = 0;
        for (int x : v)
            s += x;
        return s;
    };
    QStringList mean;
    for (double m : p.channelMean)
        mean << QLocale().toString(m, 'f', 4);
    QString text = tr("%1 classes · images %2×%3×%4 (C×H×W) · train %5 · validation %6 · test %7 · channel mean %8")
                       .arg(p.classNames.size())
                       .arg(p.shape.value(0))
                       .arg(p.shape.value(1))
                       .arg(p.shape.value(2))
                       .arg(sum(p.trainCounts))
                       .arg(sum(p.valCounts))
                       .arg(sum(p.testCounts))
                       .arg(mean.join(QLatin1Char(' ')));
    text += QLatin1Char('\n') + tr("Source: %1 · validation/test: %2").arg(p.spec, p.splitDescription);
    if (!p.coarseClassNames.isEmpty())
        text += QLatin1Char('\n')
            + tr("%1 coarse classes: %2").arg(p.coarseClassNames.size()).arg(p.coarseClassNames.join(QStringLiteral(", ")));
    m_summary->setText(text);

    m_table->setRowCount(int(p.classNames.size()));
    for (int c = 0; c < p.classNames.size(); ++c) {
        m_table->setItem(c, 0, new QTableWidgetItem(QStringLiteral("%1  %2").arg(c).arg(p.classNames[c])));
        const QVector<int>* columns[] = { &p.trainCounts, &p.valCounts, &p.testCounts };
        for (int k = 0; k < 3; ++k) {
            auto* item = new QTableWidgetItem(QString::number(columns[k]->value(c)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(c, k + 1, item);
        }
    }
    QVector<widgets::SampleGallery::Row> rows;
    for (int c = 0; c < p.classNames.size(); ++c)
        rows.push_back({ p.classNames[c], p.samples.value(c) });
    m_gallery->setThumbnailSize(p.classNames.size() > 20 ? 32 : 48);
    m_gallery->setRows(rows);
}

void DataPage::showError(const QString& spec, const QString& message)
{
    m_busy->setVisible(false);
    m_title->setText(tr("Could not load %1").arg(spec));
    m_summary->setText(message + QLatin1Char('\n') + tr("Choose another dataset with File ▸ Open dataset."));
}

QString DataPage::summaryText() const
{
    return m_title->text() + QLatin1Char('\n') + m_summary->text();
}

} // namespace hiernet::studio
