#pragma once
#include "studio/dataset/DatasetLoader.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace hiernet::widgets {
class SampleGallery;
}

namespace hiernet::studio {

/// The Data page: dataset summary, per-class counts and a grid of real sample images per class.
class DataPage : public QWidget {
    Q_OBJECT

public:
    explicit DataPage(QWidget* parent = nullptr);

    void showLoading(const QString& spec);
    void showPreview(const DatasetPreview& preview);
    void showError(const QString& spec, const QString& message);

    const widgets::SampleGallery* gallery() const { return m_gallery; }
    const QTableWidget* classTable() const { return m_table; }
    QString summaryText() const;

private:
    QLabel* m_title;
    QLabel* m_summary;
    QProgressBar* m_busy;
    QTableWidget* m_table;
    widgets::SampleGallery* m_gallery;
};

} // namespace hiernet::studio
