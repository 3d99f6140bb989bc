// SPDX-License-Identifier: MIT
#pragma once

#include "core/dashboard/dashboarddocument.h"
#include "core/dashboard/dashboardvariables.h"
#include "core/dashboard/panelqueryscheduler.h"
#include "core/dashboard/sqlsubstitution.h"

#include <memory>
#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;
class QUndoStack;
class QHBoxLayout;

namespace hearth::app {

class DashboardCanvas;
class PanelWidget;

// Views and edits one dashboard: the variable bar, time range, resolution and live refresh at the
// top, the panel grid below. Panel queries go through a bounded PanelQueryScheduler; results are
// reused while range and variables stay the same. The same widget renders `hearth-cli render`.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    void setEngine(std::shared_ptr<core::QueryEngine> engine);
    // readOnly: a standard dashboard (view only; Clone makes an editable copy).
    void setDocument(const core::DashboardDocument &document, bool readOnly);
    const core::DashboardDocument &document() const { return m_doc; }
    bool readOnly() const { return m_readOnly; }

    // Relative range ("last N"), snapped so re-opening within a few seconds reuses results.
    void setRelativeRange(core::Micros length);
    void setAbsoluteRange(core::Micros from, core::Micros to);
    core::TimeWindow currentRange() const;
    // Selections that win over defaults (the CLI's --var, a restored view).
    void setVariableOverride(const QString &name, const QStringList &values);
    QStringList variableNames() const;
    void setResolutionOverride(const QString &interval);
    // The SQL a panel runs after substitution (the "rendered query").
    core::Result<QString> renderedQuery(const QString &panelKey) const;
    QVariantMap variableValues(const core::PanelInfo *panel = nullptr) const;

    void refresh(bool force = false);
    void setLiveInterval(int seconds); // 0 = off
    bool isSettled() const { return m_outstanding.isEmpty() && m_pendingVariables.isEmpty(); }
    // "Panel title: message" for every panel in the error state.
    QStringList panelErrors() const;
    QList<PanelWidget *> panelWidgets() const { return m_panels.values(); }
    PanelWidget *panelWidget(const QString &key) const { return m_panels.value(key); }
    core::PanelQueryScheduler *scheduler() const { return m_scheduler.get(); }

    // Editing
    void setEditing(bool editing);
    bool editing() const { return m_editing; }
    QUndoStack *undoStack() const { return m_undo; }
    void applyChange(const core::DashboardDocument &next, const QString &text);
    void setDocumentSilently(const core::DashboardDocument &doc); // used by undo commands
    bool isDirty() const { return !(m_doc == m_savedDoc); }
    void markSaved()
    {
        m_savedDoc = m_doc;
        updateEditActions();
    }
    // Chrome the CLI does not want (edit/clone buttons, live refresh).
    void setChromeVisible(bool visible);

Q_SIGNALS:
    void settled();
    void openTraceRequested(const QString &traceId);
    // A panel's "Alert…" button: its title, SQL (with $variables) and the values chosen now.
    void createAlertRequested(const QString &title, const QString &sql,
                              const QVariantMap &variables);
    void saveRequested(const core::DashboardDocument &document);
    void cloneRequested(const core::DashboardDocument &document);
    void editingChanged(bool editing);

private:
    void buildToolbar();
    void rebuildPanels();
    void rebuildVariableBar();
    void loadVariables();
    void runPanels(bool force);
    void runPanel(const QString &key);
    void updateResolutionChoices(const core::TimeWindow &range);
    void onFinished(const core::PanelOutcome &outcome);
    void checkSettled();
    void updateEditActions();
    void editPanel(const QString &key);
    void addPanel();
    void editJson();
    void editVariables();
    void cancelEditing();

    core::DashboardDocument m_doc;
    core::DashboardDocument m_savedDoc;
    bool m_readOnly = false;
    bool m_editing = false;
    std::shared_ptr<core::QueryEngine> m_engine;
    std::unique_ptr<core::PanelQueryScheduler> m_scheduler;
    core::SqlSubstituter m_substitute = core::defaultSqlSubstituter();

    core::Micros m_relative = 24 * core::kMicrosPerHour;
    std::optional<core::TimeWindow> m_absolute;
    bool m_rangeChosen = false;
    mutable core::TimeWindow m_lastRange;
    QString m_resolutionOverride;
    QVector<core::VariableDefinition> m_varDefs;
    QHash<QString, QStringList> m_varOptions;
    QHash<QString, QStringList> m_varSelection;
    QHash<QString, QStringList> m_varOverrides;
    QHash<QString, QHash<QString, QStringList>> m_panelSelections; // panel key -> name -> values
    QSet<QString> m_pendingVariables;
    QSet<QString> m_outstanding;
    QHash<QString, PanelWidget *> m_panels;

    QLabel *m_title;
    QLabel *m_badge;
    QWidget *m_variableBar;
    QHBoxLayout *m_variableLayout;
    QComboBox *m_resolution;
    QComboBox *m_range;
    QComboBox *m_live;
    QPushButton *m_editButton;
    QPushButton *m_cloneButton;
    QWidget *m_editBar;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QPushButton *m_saveButton;
    QScrollArea *m_scroll;
    DashboardCanvas *m_canvas;
    QTimer *m_liveTimer;
    QUndoStack *m_undo;
};

} // namespace hearth::app
