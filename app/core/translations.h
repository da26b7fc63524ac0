// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTranslator>
#include <memory>

namespace glows {

// Installs the app's own and Qt's translators for one language; switching again replaces them, and Qt then
// sends LanguageChange to every widget so open windows retranslate. QtCore only, so glows-cli uses it too;
// the .qm files come from glows_translations, which the executable links.
class Translations final : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // "ja" or "en"; anything else falls back to English, the source language.
    static QString systemLanguage();
    bool install(const QString &language);
    QString language() const { return m_language; }

private:
    void removeInstalled();
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language = QStringLiteral("en");
};

} // namespace glows
