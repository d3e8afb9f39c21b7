# Installing (`cmake --install build [--prefix P]`) and the Debian package (`cpack -G DEB` in the
# build folder). The layout under P is what the program looks for: it finds its lexicons in
# <bin>/../share/newsgraph/lexicon, wherever P is.
include(GNUInstallDirs)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(NEWSGRAPH_MAINTAINER "newsgraph maintainers <maintainers@newsgraph.example>"
    CACHE STRING "Maintainer of the Debian package (name <email>)")
set(packaging ${CMAKE_CURRENT_SOURCE_DIR}/packaging)

# Resolve the program's symbols at start (-z now), as Debian's hardening asks: a link option only.
target_link_options(newsgraph PRIVATE -Wl,-z,relro,-z,now)
install(TARGETS newsgraph RUNTIME DESTINATION bin)
# Stripped (cpack, --strip): also drop the compilers' .comment section, as Debian's dh_strip does.
install(CODE "
  if(CMAKE_INSTALL_DO_STRIP)
    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
                            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/newsgraph\" COMMAND_ERROR_IS_FATAL ANY)
  endif()")
install(DIRECTORY data/lexicon/ DESTINATION share/newsgraph/lexicon PATTERN FORMAT.md EXCLUDE)
install(DIRECTORY data/patterns/ DESTINATION share/newsgraph/patterns PATTERN FORMAT.md EXCLUDE)
install(FILES README.md examples/lexicon/user-example.tsv ${packaging}/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES data/lexicon/FORMAT.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME lexicon-format.md)
install(FILES data/patterns/FORMAT.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME pattern-format.md)
install(FILES examples/patterns/signs.pat DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${packaging}/newsgraph.bash-completion DESTINATION share/bash-completion/completions
        RENAME newsgraph)

# Debian wants the changelog gzipped without a timestamp (gzip -n), as every man page.
configure_file(${packaging}/changelog.in changelog @ONLY)
add_custom_command(OUTPUT changelog.gz COMMAND gzip -9nkf changelog DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog)
add_custom_target(debian_changelog ALL DEPENDS changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The man page is the program's own --help and every subcommand's (packaging/help2man-input.sh),
# put in man form by help2man at build time, plus the sections of packaging/newsgraph.h2m: the
# two cannot disagree. Not in the sanitizer builds, whose program is not installed.
find_program(HELP2MAN help2man)
if(HELP2MAN AND NOT NEWSGRAPH_SANITIZE AND NOT NEWSGRAPH_FUZZ)
  add_custom_command(OUTPUT newsgraph.1.gz
    COMMAND ${CMAKE_COMMAND} -E env NEWSGRAPH_PROGRAM=$<TARGET_FILE:newsgraph>
            ${HELP2MAN} --no-info --section=1 --include=${packaging}/newsgraph.h2m --output=newsgraph.1
            ${packaging}/help2man-input.sh
    COMMAND gzip -9nkf newsgraph.1
    DEPENDS newsgraph ${packaging}/newsgraph.h2m ${packaging}/help2man-input.sh
    COMMENT "Writing the man page from newsgraph --help")
  add_custom_target(manpage ALL DEPENDS newsgraph.1.gz)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/newsgraph.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
elseif(NOT NEWSGRAPH_SANITIZE AND NOT NEWSGRAPH_FUZZ)
  message(WARNING "help2man not found: no man page is built or installed (scripts/setup installs it)")
endif()

# newsgraph-dask (cluster/): a component of its own, left out of the default install and of the
# .deb (which would then depend on python3-distributed): cmake --install build --component dask.
install(PROGRAMS cluster/newsgraph-dask DESTINATION bin COMPONENT dask EXCLUDE_FROM_ALL)
install(DIRECTORY cluster/newsgraph_dask DESTINATION share/newsgraph/python COMPONENT dask EXCLUDE_FROM_ALL
        PATTERN __pycache__ EXCLUDE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME newsgraph)
set(CPACK_PACKAGE_CONTACT "${NEWSGRAPH_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "knowledge graph of people, agencies and talks from news articles")
# Debian's long description: lines under 80 characters, paragraphs apart.
set(CPACK_PACKAGE_DESCRIPTION [=[
newsgraph reads news articles about negotiations and builds one knowledge
graph of the people, agencies, agreements, negotiation rounds, places and
dates they name, linked by relations such as leads, held-in and expires.
Every fact keeps the sentences that state it.

It exports the graph for Gephi (GraphML, GEXF with a timeline), Graphviz
(DOT, SVG) and web and Python tools (node-link JSON). Saved graphs can be
merged and grown with new articles; user lexicons add names.]=])
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS graphviz)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS bash-completion)
include(CPack)
