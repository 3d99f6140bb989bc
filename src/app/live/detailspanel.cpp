// SPDX-License-Identifier: MIT
#include "app/live/detailspanel.h"

#include "app/widgets/palette.h"
#include "core/live/livetreemodel.h"
#include "core/store/levels.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::app {

DetailsPanel::DetailsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    tf.setBold(true);
    m_title->setFont(tf);
    header->addWidget(m_title, 1);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close details"));
    connect(close, &QToolButton::clicked, this, &DetailsPanel::closeRequested);
    header->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_banner = new QLabel(tr("exception"), this);
    m_banner->setStyleSheet(QStringLiteral("background:#fee2e2;color:#991b1b;border-radius:4px;"
                                           "padding:4px 8px;font-weight:600;"));
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(4);
    layout->addLayout(m_form);

    auto *open = new QPushButton(tr("Open trace"), this);
    open->setObjectName(QStringLiteral("openTraceButton"));
    connect(open, &QPushButton::clicked, this,
            [this] { Q_EMIT openTraceRequested(m_record.traceId, m_record.spanId); });
    layout->addWidget(open, 0, Qt::AlignLeft);

    auto *attrLabel = new QLabel(tr("Attributes"), this);
    attrLabel->setStyleSheet(QStringLiteral("font-weight:600;"));
    layout->addWidget(attrLabel);
    m_attributes = new QPlainTextEdit(this);
    m_attributes->setReadOnly(true);
    m_attributes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_attributes->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_attributes, 1);
    clear();
}

void DetailsPanel::clear()
{
    m_record = core::LiveRecord();
    m_title->setText(tr("Select a record to see its details."));
    m_banner->setVisible(false);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_attributes->clear();
}

void DetailsPanel::showRecord(const core::LiveRecord &r)
{
    clear();
    m_record = r;
    m_title->setText(core::LiveTreeModel::displayMessage(r));
    m_banner->setVisible(r.isException);
    auto add = [this](const QString &label, const QString &value, bool mono = false) {
        if (value.isEmpty())
            return;
        auto *v = new QLabel(value, this);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        if (mono)
            v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *l = new QLabel(label, this);
        l->setStyleSheet(QStringLiteral("color:#6b7280;"));
        m_form->addRow(l, v);
    };
    const auto level = core::levelName(r.level);
    add(tr("Level"), QString::fromLatin1(level.data(), static_cast<qsizetype>(level.size())));
    add(tr("Kind"), r.pending() ? tr("span (running)") : r.kind);
    add(tr("Span name"), r.spanName);
    add(tr("Service"),
        r.serviceVersion.isEmpty() ? r.serviceName
                                   : tr("%1 (%2)").arg(r.serviceName, r.serviceVersion));
    add(tr("Environment"), r.environment);
    add(tr("Scope"), QString(r.scopeName + QLatin1Char(' ') + r.scopeVersion).trimmed());
    add(tr("Trace ID"), r.traceId, true);
    add(tr("Span ID"), r.spanId, true);
    add(tr("Start"), core::formatIsoMicrosQ(r.startUs), true);
    if (r.duration >= 0 && !r.pending())
        add(tr("Duration"), core::formatDurationSeconds(r.duration));
    if (r.hasTokens())
        add(tr("Tokens"),
            tr("%1 in, %2 out%3")
                .arg(std::max<qint64>(r.inputTokens, 0))
                .arg(std::max<qint64>(r.outputTokens, 0))
                .arg(r.model.isEmpty() ? QString() : tr(" · %1").arg(r.model)));
    if (!r.tags.isEmpty())
        add(tr("Tags"), r.tags.join(QStringLiteral(", ")));
    const QJsonDocument doc = QJsonDocument::fromJson(r.attributes.toUtf8());
    m_attributes->setPlainText(
        doc.isNull() ? r.attributes : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

} // namespace hearth::app
