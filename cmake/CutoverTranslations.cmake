# Translations: compiled from translations/*.ts into cutover_core's resources
# (":/i18n/cutover_<lang>.qm"). `cmake --build <dir> --target update_translations`
# refreshes the .ts files from every source of core/, ui/, app/ and the
# cutover-fake-llm program (tests/support/fakellm), which users run too.
set(CUTOVER_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/cutover_en.ts
    ${PROJECT_SOURCE_DIR}/translations/cutover_zh_CN.ts)
qt6_add_lrelease(cutover_core
    TS_FILES ${CUTOVER_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE cutover_qm_files)
qt6_add_resources(cutover_core "cutover_translations"
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${cutover_qm_files})

set(CUTOVER_LUPDATE_ARGS
    ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app
    ${PROJECT_SOURCE_DIR}/tests/support/fakellm
    -I ${PROJECT_SOURCE_DIR} -extensions cpp,h -no-obsolete -locations none -silent)
add_custom_target(update_translations
    COMMAND Qt6::lupdate ${CUTOVER_LUPDATE_ARGS}
            -ts ${PROJECT_SOURCE_DIR}/translations/cutover_zh_CN.ts
    COMMAND Qt6::lupdate ${CUTOVER_LUPDATE_ARGS} -pluralonly
            -ts ${PROJECT_SOURCE_DIR}/translations/cutover_en.ts
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/*.ts from the sources"
    VERBATIM)
