# SPDX-FileCopyrightText: 2026 The Sales Client Authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# sales_add_test(NAME <name> SOURCES <files...> LABELS <labels...>
#                [LIBS <targets...>] [GUI] [KEYCHAIN] [TIMEOUT <s>])
#
# One QtTest executable per class or feature. LABELS name the capability so that
# `ctest -L replica` runs just that. GUI tests run on the offscreen platform;
# KEYCHAIN tests run inside a private D-Bus session with a throwaway
# gnome-keyring (tests/support/keychain-session.sh).
function(sales_add_test)
    cmake_parse_arguments(T "GUI;KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "sales_add_test(${T_NAME}): LABELS are required")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${T_NAME} PRIVATE
        SALES_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        SALES_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    if(T_KEYCHAIN)
        add_test(NAME ${T_NAME}
                 COMMAND ${PROJECT_SOURCE_DIR}/tests/support/keychain-session.sh $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    set(env "LC_ALL=C.UTF-8" "LANG=C.UTF-8" "QT_LOGGING_RULES=*.debug=false")
    if(T_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
