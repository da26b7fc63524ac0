# SPDX-License-Identifier: Apache-2.0
# Warning and sanitizer flags applied to every project target through glows_project_options().
add_library(glows_project_options INTERFACE)
if(MSVC)
    # The sources are UTF-8 (“quotes”, ≈); MSVC reads them as the local code page otherwise.
    target_compile_options(glows_project_options INTERFACE /W4 /permissive- /utf-8)
    if(GLOWS_WERROR)
        target_compile_options(glows_project_options INTERFACE /WX)
    endif()
else()
    target_compile_options(glows_project_options INTERFACE -Wall -Wextra -Wpedantic
                                                           -Wno-gnu-zero-variadic-macro-arguments)
    if(GLOWS_WERROR)
        target_compile_options(glows_project_options INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(glows_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(GLOWS_SANITIZE)
    target_compile_options(glows_project_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                           -fno-sanitize-recover=undefined)
    target_link_options(glows_project_options INTERFACE -fsanitize=address,undefined)
endif()
if(GLOWS_FUZZ)
    # Coverage instrumentation for the project's libraries; the fuzz targets add -fsanitize=fuzzer themselves.
    target_compile_options(glows_project_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                           -fno-omit-frame-pointer)
    target_link_options(glows_project_options INTERFACE -fsanitize=address,undefined)
endif()
