// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboarddocument.h"
#include "core/dashboard/dashboardvariables.h"
#include "core/dashboard/panelqueryscheduler.h"

#include <functional>
#include <memory>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace hearth::app {

class PanelWidget;
class SqlEditor;

// Logfire's panel editor: title and kind, the SQL, the rendered query (after substitution), the
// Dimension and Metrics pickers filled from the result's columns, chart options, and a live
// preview. Edits a copy of the panel JSON, so options Hearth does not know survive.
class PanelEditorDialog : public QDialog
{
    Q_OBJECT
public:
    using ValuesFn = std::function<QVariantMap(const core::PanelInfo &)>;
    PanelEditorDialog(const nlohmann::json &panel, std::shared_ptr<core::QueryEngine> engine,
                      ValuesFn values, const core::TimeWindow &range, QWidget *parent = nullptr);
    ~PanelEditorDialog() override;

    nlohmann::json panelJson() const;
    void setSql(const QString &sql);
    void runPreview();
    PanelWidget *preview() const { return m_preview; }
    QString renderedSql() const;
    QStringList columnChoices() const;

private:
    core::PanelInfo currentInfo() const;
    void updateRendered();
    void updateKindOptions();

    nlohmann::json m_original;
    std::unique_ptr<core::PanelQueryScheduler> m_scheduler;
    ValuesFn m_values;
    core::TimeWindow m_range;
    QLineEdit *m_title;
    QComboBox *m_kind;
    SqlEditor *m_sql;
    QCheckBox *m_showRendered;
    QPlainTextEdit *m_rendered;
    QComboBox *m_dimension;
    QListWidget *m_metrics;
    QComboBox *m_display;
    QCheckBox *m_stacked;
    QComboBox *m_unit;
    QLineEdit *m_yMin;
    QLineEdit *m_yMax;
    QLabel *m_info;
    PanelWidget *m_preview;
    QStringList m_columns;
};

} // namespace hearth::app
