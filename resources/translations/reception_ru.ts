<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="76" />
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="203" />
        <source>C&amp;ollective appeal</source>
        <translation>Ко&amp;ллективное обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="205" />
        <location filename="../../ui/dialogs/appeal_dialog.py" line="409" />
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="207" />
        <source>&amp;Received:</source>
        <translation>&amp;Поступило:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="208" />
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="209" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="210" />
        <source>&amp;Identification:</source>
        <translation>&amp;Идентификация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="216" />
        <source>phone, e-mail or surname, then Enter</source>
        <translation>телефон, e-mail или фамилия, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="222" />
        <source>Ne&amp;w applicant</source>
        <translation>Новый за&amp;явитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="238" />
        <source>Without a surname or a reply address the appeal is anonymous: no answer on the merits is given (art. 11 of 59-FZ).</source>
        <translation>Без фамилии или адреса для ответа обращение считается анонимным: ответ по существу не даётся (ст. 11 59-ФЗ).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="243" />
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="245" />
        <source>&amp;Find applicant:</source>
        <translation>&amp;Найти заявителя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="251" />
        <source>Applicant ty&amp;pe:</source>
        <translation>Тип заявит&amp;еля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="253" />
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="254" />
        <source>First &amp;name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="255" />
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="258" />
        <source>&amp;Organisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="260" />
        <source>Postal &amp;address:</source>
        <translation>Почтовый &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="261" />
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="262" />
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="268" />
        <source>the first line of the text if left empty</source>
        <translation>если не заполнено — первая строка текста</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="273" />
        <source>classifier code or words of the topic, then Enter</source>
        <translation>код классификатора или слова из темы, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="281" />
        <source>A&amp;dd</source>
        <translation>До&amp;бавить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="287" />
        <source>Re&amp;move question</source>
        <translation>&amp;Удалить вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="292" />
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="294" />
        <source>S&amp;ummary:</source>
        <translation>Краткое со&amp;держание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="295" />
        <source>&amp;Text:</source>
        <translation>Тек&amp;ст:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="296" />
        <source>&amp;Question:</source>
        <translation>Воп&amp;рос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="299" />
        <source>Questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="311" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="410" />
        <source>Case progress</source>
        <translation>Ход рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="411" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="412" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="413" />
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="415" />
        <source>Ctrl+%d</source>
        <translation>Ctrl+%d</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="492" />
        <source>&lt;b&gt;%1&lt;/b&gt; · status: %2 · answer due: %3 · registered by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · статус: %2 · срок ответа: %3 · зарегистрировал(а) %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="500" />
        <source>repeats %s</source>
        <translation>повторное к %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="544" />
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="546" />
        <source>Known applicant: %1, appeals: %2</source>
        <translation>Известный заявитель: %1, обращений: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="549" />
        <source>Known applicant: %s</source>
        <translation>Известный заявитель: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="556" />
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="558" />
        <source>Appeal %s</source>
        <translation>Обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="573" />
        <source>An electronic appeal without identification of the applicant is not counted as identified; choose how the applicant was identified.</source>
        <translation>Электронное обращение без идентификации заявителя не учитывается как идентифицированное: укажите, как установлена личность заявителя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="613" />
        <source>No known applicant found: a new one will be registered.</source>
        <translation>Заявитель не найден среди известных: будет зарегистрирован новый.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="720" />
        <source>Attached after registration: %s</source>
        <translation>Будет приложено после регистрации: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="811" />
        <source>Done: %1 (status now «%2»)</source>
        <translation>Выполнено: %1 (теперь «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="854" />
        <source>Outcome of question %1: %2</source>
        <translation>Результат по вопросу № %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="877" />
        <source>Reload the appeal? What you typed here will be replaced.</source>
        <translation>Загрузить обращение заново? Введённое в форме будет заменено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="881" />
        <location filename="../../ui/dialogs/appeal_dialog.py" line="1028" />
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="882" />
        <location filename="../../ui/dialogs/appeal_dialog.py" line="1029" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="912" />
        <source>Close the form? What you typed will not be saved.</source>
        <translation>Закрыть форму? Введённые данные не будут сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="956" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="956" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="1024" />
        <source>Load the appeal as saved now? What you typed here will be replaced.</source>
        <translation>Загрузить обращение в сохранённом виде? Введённое здесь будет заменено.</translation>
    </message>
</context>
<context>
    <name>AppealPropertiesPanel</name>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="67" />
        <source>Properties</source>
        <translation>Объекты недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="82" />
        <source>Suggested by the applicant's address:</source>
        <translation>Предложено по адресу заявителя:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="85" />
        <source>Suggested by the applicant's address</source>
        <translation>Предложено по адресу заявителя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="89" />
        <source>Linked:</source>
        <translation>Связаны:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="91" />
        <source>Linked properties</source>
        <translation>Связанные объекты</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="96" />
        <source>&amp;Card</source>
        <translation>&amp;Карточка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="97" />
        <source>Open the property card (Enter on a linked property)</source>
        <translation>Открыть карточку объекта (Enter на связанном объекте)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="100" />
        <source>U&amp;nlink</source>
        <translation>Отв&amp;язать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="101" />
        <source>Remove the link to the selected property (Del)</source>
        <translation>Убрать связь с выбранным объектом (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="257" />
        <source>%s (linked when the appeal is registered)</source>
        <translation>%s (свяжется при регистрации обращения)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="265" />
        <source>at registration: %1 / now: %2</source>
        <translation>при регистрации: %1 / сейчас: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="270" />
        <source>The register record changed after the property was linked.</source>
        <translation>Запись реестра изменилась после того, как объект связали с обращением.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="273" />
        <source>Linked: %d</source>
        <translation>Связано объектов: %d</translation>
    </message>
</context>
<context>
    <name>ApplicantPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="25" />
        <source>Known applicants</source>
        <translation>Известные заявители</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="28" />
        <source>Applicants matching «%s». Enter picks, Esc keeps a new applicant.</source>
        <translation>Заявители по запросу «%s». Enter — выбрать, Esc — оставить нового заявителя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="51" />
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="58" />
        <source>appeals: %d</source>
        <translation>обращений: %d</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="30" />
        <source>— not set —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="32" />
        <source>instruction to the executor</source>
        <translation>поручение исполнителю</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="34" />
        <source>&amp;Control date:</source>
        <translation>&amp;Контрольный срок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="59" />
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="60" />
        <source>&amp;Department:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="61" />
        <source>&amp;Resolution:</source>
        <translation>&amp;Резолюция:</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="59" />
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="60" />
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="61" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="147" />
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="158" />
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="166" />
        <source>Save the attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="97" />
        <source>Routing</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="99" />
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="100" />
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="101" />
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="102" />
        <source>Resolution:</source>
        <translation>Резолюция:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="103" />
        <source>Control date:</source>
        <translation>Контрольный срок:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="104" />
        <source>Repeats:</source>
        <translation>Повторное к:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="120" />
        <source>Deadlines (59-FZ)</source>
        <translation>Сроки (59-ФЗ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="122" />
        <source>Registration due:</source>
        <translation>Регистрация до:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="123" />
        <source>Answer due (initial):</source>
        <translation>Срок ответа (исходный):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="124" />
        <source>Extension:</source>
        <translation>Продление:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="125" />
        <source>Answer due:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="126" />
        <source>Forwarding due:</source>
        <translation>Направить по компетенции до:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="127" />
        <source>Answered:</source>
        <translation>Ответ дан:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="131" />
        <source>Questions and outcomes</source>
        <translation>Вопросы и результаты рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="138" />
        <source>Steps</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="155" />
        <source>No steps are open to you now.</source>
        <translation>Сейчас вам не доступно ни одно действие.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="193" />
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="210" />
        <source>%1 — registered %2, late</source>
        <translation>%1 — зарегистрировано %2, с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="214" />
        <source>%1 — registered %2, on time</source>
        <translation>%1 — зарегистрировано %2, в срок</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="221" />
        <source>none</source>
        <translation>не было</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="224" />
        <source>by %1 days, from %2 to %3: «%4» (%5, %6)</source>
        <translation>на %1 дн., с %2 до %3: «%4» (%5, %6)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="234" />
        <source>%s — overdue</source>
        <translation>%s — просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="236" />
        <source>%s — due soon</source>
        <translation>%s — срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="238" />
        <source>%s — answered late</source>
        <translation>%s — ответ дан с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="250" />
        <source>%s, late</source>
        <translation>%s, с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="273" />
        <source>Outcome of question %d</source>
        <translation>Результат по вопросу № %d</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="41" />
        <source>what needs to be reworked</source>
        <translation>что нужно доработать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="42" />
        <source>how the applicant withdrew the appeal (application of …)</source>
        <translation>как заявитель отозвал обращение (заявление от …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="44" />
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="45" />
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="107" />
        <source>The appeal was changed by someone else</source>
        <translation>Обращение изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="109" />
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="110" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="111" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="112" />
        <source>Identification</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="113" />
        <source>Collective</source>
        <translation>Коллективное</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="114" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="115" />
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="116" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="117" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="118" />
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="119" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="120" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="121" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="122" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="123" />
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="126" />
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="130" />
        <source>&lt;b&gt;%1&lt;/b&gt; saved this appeal at %2 while you had it open.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; сохранил(а) это обращение %2, пока оно было открыто у вас.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/conflict_dialog.py" line="144" />
        <source>Fields where the versions differ are listed below. For each, keep your value or take theirs; the other %n field(s) are the same in both versions.</source>
        <translation>
            <numerusform>Ниже перечислены поля, в которых версии расходятся. Для каждого оставьте своё значение или возьмите чужое; остальные поля (%n) совпадают.</numerusform>
            <numerusform>Ниже перечислены поля, в которых версии расходятся. Для каждого оставьте своё значение или возьмите чужое; остальные поля (%n) совпадают.</numerusform>
            <numerusform>Ниже перечислены поля, в которых версии расходятся. Для каждого оставьте своё значение или возьмите чужое; остальные поля (%n) совпадают.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="150" />
        <source>The fields of the form are the same in both versions; only the case moved on.</source>
        <translation>Поля формы в обеих версиях совпадают: изменился только ход рассмотрения.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="157" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="157" />
        <source>Their version</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="157" />
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="157" />
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="177" />
        <source>mine</source>
        <translation>мою</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="178" />
        <source>theirs</source>
        <translation>их</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="194" />
        <source>&amp;Apply the chosen values and save</source>
        <translation>&amp;Перенести отмеченное и сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="196" />
        <source>&amp;Load their version</source>
        <translation>&amp;Загрузить их версию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="197" />
        <source>Discard your changes and show the appeal as saved now</source>
        <translation>Отказаться от своих изменений и показать обращение в сохранённом виде</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="198" />
        <source>&amp;Overwrite</source>
        <translation>Пере&amp;записать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="199" />
        <source>Save your version over theirs (heads and administrators)</source>
        <translation>Сохранить вашу версию поверх их изменений (руководитель, администратор)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="205" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="27" />
        <source>Unsaved appeals</source>
        <translation>Несохранённые обращения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="30" />
        <source>&lt;b&gt;Restore unsaved appeals?&lt;/b&gt;&lt;br&gt;These forms were not saved the last time (the program closed or the database connection was lost). Tick the ones to open again.</source>
        <translation>&lt;b&gt;Восстановить несохранённые обращения?&lt;/b&gt;&lt;br&gt;Эти формы в прошлый раз не были сохранены (программа закрылась или пропала связь с базой данных). Отметьте те, которые нужно открыть снова.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="38" />
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="40" />
        <source>%1 — saved %2</source>
        <translation>%1 — сохранено %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="50" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="52" />
        <source>&amp;Discard ticked</source>
        <translation>&amp;Удалить отмеченные</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="53" />
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="54" />
        <source>Keep the drafts and ask at the next start</source>
        <translation>Сохранить черновики и спросить при следующем запуске</translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <location filename="../../ui/editor_session.py" line="60" />
        <source>No connection to the database — the form is saved locally, reconnecting…</source>
        <translation>Нет связи с базой данных — данные формы сохранены локально, переподключение…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="67" />
        <source>The appeal was changed by another user.</source>
        <translation>Обращение изменено другим пользователем.</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="69" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="71" />
        <source>Show the appeal as it is saved now</source>
        <translation>Показать обращение в сохранённом сейчас виде</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="128" />
        <source>Open now: %s</source>
        <translation>Сейчас открыто: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="155" />
        <source>The appeal was changed by another user (%s). Your changes are kept in the form.</source>
        <translation>Обращение %s изменено другим пользователем. Ваши изменения остаются в форме.</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="27" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="30" />
        <source>e.g. documents requested from another body; the applicant is notified</source>
        <translation>например, запрошены документы в другом органе; заявитель уведомляется</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="32" />
        <source>Answer due now:</source>
        <translation>Срок ответа сейчас:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="33" />
        <source>Extend &amp;by:</source>
        <translation>Продлить &amp;на:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="34" />
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="26" />
        <source>Reception — first administrator</source>
        <translation>Приёмная — первый администратор</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="30" />
        <source>The database has no users yet. Create the administrator account: the administrator then adds clerks, executors and managers.</source>
        <translation>В базе данных ещё нет пользователей. Создайте учётную запись администратора: затем администратор добавит регистраторов, исполнителей и руководителей.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="39" />
        <source>at least %d characters</source>
        <translation>не меньше %d знаков</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="47" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="48" />
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="49" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="50" />
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="68" />
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="84" />
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="25" />
        <source>the competent body, e.g. Prefecture of the CAO</source>
        <translation>компетентный орган, например префектура ЦАО</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="27" />
        <source>Letter &amp;dated:</source>
        <translation>&amp;Дата письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="34" />
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="36" />
        <source>&amp;To body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="37" />
        <source>Covering letter &amp;No.:</source>
        <translation>&amp;Номер сопроводительного письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="44" />
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>LeaveWithoutAnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="25" />
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="26" />
        <source>Legal &amp;ground:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="27" />
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="91" />
        <source>Letter to the applicant — %1</source>
        <translation>Письмо заявителю — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="102" />
        <source>&amp;Fill in from template</source>
        <translation>&amp;Заполнить по шаблону</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="118" />
        <source>&amp;Hand delivery (no reply address needed)</source>
        <translation>Вр&amp;учить лично (адрес для ответа не нужен)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="124" />
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="128" />
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="132" />
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="146" />
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="148" />
        <source>&amp;Redacted copy (applicant's personal data hidden)</source>
        <translation>&amp;Обезличенная копия (без персональных данных заявителя)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="150" />
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="152" />
        <source>Send for &amp;approval</source>
        <translation>&amp;На согласование</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="154" />
        <source>Appro&amp;ve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="156" />
        <source>Re&amp;turn with comment…</source>
        <translation>&amp;Вернуть с замечанием…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="158" />
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="160" />
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="162" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="164" />
        <source>Attach&amp;ments…</source>
        <translation>&amp;Вложения…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="165" />
        <source>Files sent with this letter</source>
        <translation>Файлы, отправляемые с письмом</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="172" />
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="173" />
        <source>A&amp;ddressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="174" />
        <source>Si&amp;gnatory:</source>
        <translation>По&amp;дписант:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="175" />
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="176" />
        <source>Executor's p&amp;hone:</source>
        <translation>&amp;Телефон исполнителя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="194" />
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="196" />
        <source>Te&amp;mplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="254" />
        <source>Fill the letter from a template first.</source>
        <translation>Сначала заполните письмо по шаблону.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="257" />
        <source>Attachments of the letter</source>
        <translation>Вложения письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="270" />
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="305" />
        <source>Returned: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="315" />
        <source>Choose a template and fill the letter in.</source>
        <translation>Выберите шаблон и заполните письмо.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="452" />
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="452" />
        <source>What needs to be reworked:</source>
        <translation>Что нужно доработать:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="523" />
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="523" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="25" />
        <source>Letters of the appeal</source>
        <translation>Письма по обращению</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="27" />
        <source>&amp;New letter…</source>
        <translation>&amp;Новое письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="28" />
        <source>Draft a letter from a template</source>
        <translation>Подготовить письмо по шаблону</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="31" />
        <source>&amp;Open letter</source>
        <translation>&amp;Открыть письмо</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="60" />
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="64" />
        <source>no number yet</source>
        <translation>номер ещё не присвоен</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="26" />
        <source>Reception — sign in</source>
        <translation>Приёмная — вход</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="34" />
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="39" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="41" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="50" />
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="65" />
        <source>Demo sign-in: %s</source>
        <translation>Демо-вход: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>Reception — %s</source>
        <translation>Приёмная — %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>&amp;New appeal</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>Register a new appeal (Ctrl+N)</source>
        <translation>Зарегистрировать новое обращение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Reload the register (F5)</source>
        <translation>Обновить реестр (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Open by &amp;number…</source>
        <translation>Открыть по &amp;номеру…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Open an appeal by its registration number (Ctrl+G)</source>
        <translation>Открыть обращение по регистрационному номеру (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Search: number, phone, e-mail, surname or summary words</source>
        <translation>Поиск: номер, телефон, e-mail, фамилия или слова из краткого содержания</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Which appeals the register shows (Ctrl+L)</source>
        <translation>Какие обращения показывает реестр (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Register filter</source>
        <translation>Фильтр реестра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>All appeals</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>My appeals</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Answered late</source>
        <translation>Отвечены с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>Status: %s</source>
        <translation>Статус: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>Fi&amp;lter</source>
        <translation>Фи&amp;льтр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>Show &amp;overdue</source>
        <translation>Показать &amp;просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <location filename="../../ui/main_window.py" line="243" />
        <source>Show the overdue appeals (Ctrl+Shift+O)</source>
        <translation>Показать просроченные обращения (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>&amp;Property…</source>
        <translation>&amp;Объект…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>Find a property in the register and open its card (Ctrl+Shift+P)</source>
        <translation>Найти объект в реестре недвижимости и открыть его карточку (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>&amp;Import properties…</source>
        <translation>&amp;Импорт объектов…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Load a property registry file (CSV or XLSX)</source>
        <translation>Загрузить файл реестра объектов недвижимости (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>Click to show appeals about every property</source>
        <translation>Нажмите, чтобы снова показать обращения по всем объектам</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <location filename="../../ui/main_window.py" line="293" />
        <source>Appeals: …</source>
        <translation>Обращений: …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Overdue: …</source>
        <translation>Просрочено: …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>Appeals: %d</source>
        <translation>Обращений: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Appeals: ?</source>
        <translation>Обращений: ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>Overdue: %d</source>
        <translation>Просрочено: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322" />
        <source>Overdue: ?</source>
        <translation>Просрочено: ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412" />
        <source>Saved: appeal %s</source>
        <translation>Сохранено: обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420" />
        <source>Open by number</source>
        <translation>Открыть по номеру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421" />
        <source>Registration number (for example ВП-2026-17):</source>
        <translation>Регистрационный номер (например, ВП-2026-17):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>No connection to the database — form data is saved locally, reconnecting…</source>
        <translation>Нет связи с базой данных — данные формы сохранены локально, переподключение…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466" />
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467" />
        <source>Accounts: add, reset a password, deactivate</source>
        <translation>Учётные записи: добавить, сбросить пароль, отключить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475" />
        <source>Appeal from &amp;e-mail (.eml)…</source>
        <translation>Обращение из &amp;письма (.eml)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481" />
        <source>E&amp;xport register…</source>
        <translation>&amp;Выгрузить реестр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483" />
        <source>The register as shown (filters and columns) to XLSX or CSV</source>
        <translation>Реестр в текущем виде (фильтры и столбцы) в XLSX или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488" />
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502" />
        <source>&amp;Appeal</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511" />
        <source>Re&amp;ports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="513" />
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="539" />
        <source>Exported %1 appeals to %2</source>
        <translation>Выгружено обращений: %1 — в %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559" />
        <source>Appeal from e-mail</source>
        <translation>Обращение из письма</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559" />
        <source>E-mail messages (*.eml)</source>
        <translation>Письма электронной почты (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590" />
        <source>About Reception</source>
        <translation>О программе «Приёмная»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591" />
        <source>Reception %s — the virtual reception office: citizens' appeals under Federal Law 59-FZ.</source>
        <translation>«Приёмная» %s — виртуальная приёмная: обращения граждан по Федеральному закону № 59-ФЗ.</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="vanished">&amp;Администрирование</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="630" />
        <source>The connection to the database is back.</source>
        <translation>Связь с базой данных восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683" />
        <source>Property: %s  ✕</source>
        <translation>Объект: %s  ✕</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="135" />
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="40" />
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="51" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="52" />
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="53" />
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="54" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>PropertyCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="69" />
        <source>Register record</source>
        <translation>Запись реестра</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="73" />
        <location filename="../../ui/dialogs/property_card_dialog.py" line="74" />
        <source>Right holders</source>
        <translation>Правообладатели</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="78" />
        <source>Parent object and objects within</source>
        <translation>Объект, в который входит, и объекты в его составе</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="80" />
        <source>Belongs to / contains</source>
        <translation>Входит в / состоит из</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="84" />
        <source>Appeals about this property</source>
        <translation>Обращения по объекту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="86" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="86" />
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="86" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="86" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="86" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="99" />
        <source>&amp;Open appeal</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="102" />
        <source>Show appeals in the &amp;register</source>
        <translation>Показать обращения в &amp;реестре</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="105" />
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="141" />
        <source>Property %s</source>
        <translation>Объект %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="142" />
        <source>no cadastral number</source>
        <translation>без кадастрового номера</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="147" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="148" />
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="149" />
        <source>Purpose:</source>
        <translation>Назначение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="150" />
        <source>UNOM:</source>
        <translation>UNOM:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="151" />
        <source>Area:</source>
        <translation>Площадь:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="152" />
        <source>Cadastral value:</source>
        <translation>Кадастровая стоимость:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="153" />
        <source>Ownership:</source>
        <translation>Форма собственности:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="154" />
        <source>Notes:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="165" />
        <source>(none recorded)</source>
        <translation>(не указаны)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="169" />
        <source>Belongs to: %s</source>
        <translation>Входит в: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="174" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="185" />
        <source>(when linked: %s)</source>
        <translation>(при связывании: %s)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="192" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="213" />
        <source>Appeals can be opened from the main window only.</source>
        <translation>Обращения открываются только из главного окна.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="239" />
        <source>The register is in the main window.</source>
        <translation>Реестр обращений — в главном окне.</translation>
    </message>
</context>
<context>
    <name>PropertyFinderDialog</name>
    <message>
        <location filename="../../ui/dialogs/property_finder_dialog.py" line="19" />
        <source>Find property</source>
        <translation>Найти объект недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_finder_dialog.py" line="23" />
        <source>Type a cadastral number or words of the address; Enter opens the card.</source>
        <translation>Введите кадастровый номер или слова адреса; Enter открывает карточку.</translation>
    </message>
</context>
<context>
    <name>PropertyImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="62" />
        <source>Import properties</source>
        <translation>Импорт объектов недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="66" />
        <source>a registry file: CSV (UTF-8 or Windows-1251) or XLSX</source>
        <translation>файл реестра: CSV (UTF-8 или Windows-1251) или XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="67" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="72" />
        <source>Column mapping</source>
        <translation>Соответствие столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="74" />
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="74" />
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="74" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="86" />
        <source>Problems found</source>
        <translation>Найденные ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="88" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="88" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="88" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="88" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="99" />
        <source>Import the &amp;valid rows only (skip the rows with problems)</source>
        <translation>Загрузить только &amp;правильные строки (строки с ошибками пропустить)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="101" />
        <source>C&amp;heck (dry run)</source>
        <translation>&amp;Проверить (без загрузки)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="104" />
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="115" />
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="117" />
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="133" />
        <source>Registry file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="134" />
        <source>Registry files (*.csv *.xlsx *.txt)</source>
        <translation>Файлы реестра (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="134" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="163" />
        <source>(do not import)</source>
        <translation>(не загружать)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="170" />
        <source>Rows in the file: %d. Check the columns, then run the check.</source>
        <translation>Строк в файле: %d. Проверьте соответствие столбцов и запустите проверку.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="215" />
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="215" />
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="216" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="265" />
        <source>Imported: %1 new, %2 updated, %3 rows skipped.</source>
        <translation>Загружено: новых %1, обновлено %2, пропущено строк %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="295" />
        <source>Rows: %1, valid: %2 (new %3, to update %4), problems: %5.</source>
        <translation>Строк: %1, без ошибок: %2 (новых %3, обновится %4), проблем: %5.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="305" />
        <source>The first %d problems are listed.</source>
        <translation>Показаны первые %d.</translation>
    </message>
</context>
<context>
    <name>PropertyPicker</name>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="78" />
        <source>cadastral number or address words, e.g. «профсоюзная 43»</source>
        <translation>кадастровый номер или слова адреса, например «профсоюзная 43»</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="81" />
        <source>Find property</source>
        <translation>Найти объект</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="83" />
        <source>Properties found</source>
        <translation>Найденные объекты</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="127" />
        <source>Nothing found for «%s».</source>
        <translation>По запросу «%s» ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../ui/register_export.py" line="24" />
        <source>Export the register</source>
        <translation>Выгрузка реестра</translation>
    </message>
    <message>
        <location filename="../../ui/register_export.py" line="26" />
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/register_export.py" line="47" />
        <source>Exporting the register…</source>
        <translation>Выгрузка реестра…</translation>
    </message>
    <message>
        <location filename="../../ui/register_export.py" line="48" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/models/register_model.py" line="98" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="99" />
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="100" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="101" />
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="101" />
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="102" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="103" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="104" />
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="105" />
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="106" />
        <source>Rep.</source>
        <translation>Повт.</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="145" />
        <source>Repeated appeal: repeats %d earlier appeal(s)</source>
        <translation>Повторное обращение: прежних обращений — %d</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="190" />
        <source>Overdue: the answer was due on %s</source>
        <translation>Просрочено: ответ нужно было дать до %s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="192" />
        <source>Due soon: the answer is due on %s</source>
        <translation>Срок истекает %s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="195" />
        <source>Answered late: on %1, the answer was due on %2</source>
        <translation>Ответ дан с опозданием: %1 при сроке %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="202" />
        <source>%s, overdue</source>
        <translation>%s, просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="204" />
        <source>%s, due soon</source>
        <translation>%s, срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="205" />
        <source>%s, answered late</source>
        <translation>%s, ответ дан с опозданием</translation>
    </message>
</context>
<context>
    <name>RepeatsDialog</name>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="44" />
        <source>Repeated appeal? — %s</source>
        <translation>Повторное обращение? — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="49" />
        <source>The applicant has earlier appeals on the same questions. Tick those that appeal %s repeats (Space ticks the current row).</source>
        <translation>У заявителя есть прежние обращения по тем же вопросам. Отметьте те, которые повторяет обращение %s (пробел отмечает текущую строку).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="86" />
        <source>&amp;Mark as repeated</source>
        <translation>&amp;Отметить как повторное</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="89" />
        <source>&amp;Not repeated</source>
        <translation>&amp;Не повторное</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports_window.py" line="183" />
        <location filename="../../ui/reports_window.py" line="354" />
        <location filename="../../ui/reports_window.py" line="394" />
        <location filename="../../ui/reports_window.py" line="488" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="194" />
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="198" />
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="200" />
        <source>All departments</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="202" />
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="203" />
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="204" />
        <source>Build</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="210" />
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="216" />
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="217" />
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="218" />
        <source>Topic section:</source>
        <translation>Раздел классификатора:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="219" />
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="220" />
        <source>Group:</source>
        <translation>Группировка:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="228" />
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="229" />
        <source>Export XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="230" />
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="238" />
        <source>Choose a report and its period, then press «Build».</source>
        <translation>Выберите отчёт и период, затем нажмите «Сформировать».</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="264" />
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="353" />
        <source>Building the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="353" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="385" />
        <source>The report is ready.</source>
        <translation>Отчёт сформирован.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="390" />
        <source>Building the report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="409" />
        <source>Built %1 by %2</source>
        <translation>Сформирован %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="453" />
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="474" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="479" />
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="487" />
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/dialogs/step_dialog.py" line="68" />
        <source>Run the step (Ctrl+Enter)</source>
        <translation>Выполнить (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="88" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="92" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="92" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="92" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="92" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="100" />
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="101" />
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="102" />
        <location filename="../../ui/dialogs/users_dialog.py" line="161" />
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="133" />
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="133" />
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="161" />
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="181" />
        <source>User %s added.</source>
        <translation>Пользователь %s добавлен.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="191" />
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="192" />
        <source>New password for %s:</source>
        <translation>Новый пароль для %s:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="205" />
        <source>The password of %s was reset; the account is unlocked.</source>
        <translation>Пароль %s сброшен, учётная запись разблокирована.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="218" />
        <source>%s can sign in again.</source>
        <translation>%s снова может входить в программу.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="218" />
        <source>%s can no longer sign in.</source>
        <translation>%s больше не может входить в программу.</translation>
    </message>
</context>
</TS>