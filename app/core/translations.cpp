// SPDX-License-Identifier: Apache-2.0
#include "core/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace glows {

Translations::Translations(QObject *parent) : QObject(parent) {}

Translations::~Translations()
{
    removeInstalled();
}

QString Translations::systemLanguage()
{
    for (const QString &lang : QLocale::system().uiLanguages()) {
        if (lang.startsWith("ja"_L1))
            return u"ja"_s;
        if (lang.startsWith("en"_L1))
            return u"en"_s;
    }
    return u"en"_s;
}

void Translations::removeInstalled()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool Translations::install(const QString &language)
{
    removeInstalled();
    m_language = language == "ja"_L1 ? u"ja"_s : u"en"_s;
    QLocale::setDefault(QLocale(m_language == "ja"_L1 ? QLocale::Japanese : QLocale::English));
    // English is the source language; its file holds only the plural forms of "%n …" messages.
    m_app = std::make_unique<QTranslator>();
    if (!m_app->load(u":/i18n/glows_%1.qm"_s.arg(m_language))) {
        qCWarning(lcCore) << "no translation for" << m_language;
        m_app.reset();
        return m_language == "en"_L1;
    }
    QCoreApplication::installTranslator(m_app.get());
    if (m_language == "en"_L1)
        return true;
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QLocale(m_language), u"qtbase"_s, u"_"_s,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();
    return true;
}

} // namespace glows
