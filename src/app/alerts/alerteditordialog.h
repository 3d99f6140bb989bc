// SPDX-License-Identifier: MIT
#pragma once

#include "core/alerts/alertengines.h"
#include "core/alerts/alertrule.h"
#include "core/async/jobtracker.h"

#include <memory>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class QTableWidget;

namespace hearth::app {

class SqlEditor;

class MatchedRowsModel;

// Creates or edits one rule: SQL, schedule, notify-when mode, variables and channels, with a
// plain-language summary that follows every edit and a preview of the rows the SQL returns now.
class AlertEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `engines` offers the places a rule can run on (the store, Logfire connections) and runs
    // the preview on the chosen one.
    AlertEditorDialog(core::AlertRule rule, std::shared_ptr<core::AlertEngines> engines,
                      QWidget *parent = nullptr);
    ~AlertEditorDialog() override;

    // The rule as edited (id kept); valid once accepted.
    core::AlertRule rule() const;
    void preview();
    QString summaryText() const;
    MatchedRowsModel *previewModel() const { return m_previewModel; }

    void accept() override;

Q_SIGNALS:
    void previewFinished();

private:
    void buildUi();
    void load(const core::AlertRule &rule);
    void refreshSummary();
    void addWebhook();
    void addDesktop();
    void refreshChannels();

    core::AlertRule m_rule;
    std::shared_ptr<core::AlertEngines> m_engines;
    core::JobTracker m_previewJob;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    SqlEditor *m_sql = nullptr;
    QComboBox *m_engine = nullptr;
    QComboBox *m_window = nullptr;
    QComboBox *m_interval = nullptr;
    QComboBox *m_notifyWhen = nullptr;
    QLineEdit *m_environments = nullptr;
    QTableWidget *m_variables = nullptr;
    QListWidget *m_channels = nullptr;
    QVector<core::AlertChannel> m_channelList;
    QCheckBox *m_active = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_previewStatus = nullptr;
    QTableView *m_previewTable = nullptr;
    MatchedRowsModel *m_previewModel = nullptr;
};

} // namespace hearth::app
