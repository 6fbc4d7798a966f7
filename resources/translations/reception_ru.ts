<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="179"/>
        <source>C&amp;ollective appeal</source>
        <translation>Ко&amp;ллективное обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="181"/>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="374"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="183"/>
        <source>&amp;Received:</source>
        <translation>&amp;Поступило:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="184"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="185"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="186"/>
        <source>&amp;Identification:</source>
        <translation>&amp;Идентификация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="192"/>
        <source>phone, e-mail or surname, then Enter</source>
        <translation>телефон, e-mail или фамилия, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="198"/>
        <source>Ne&amp;w applicant</source>
        <translation>Новый за&amp;явитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="214"/>
        <source>Without a surname or a reply address the appeal is anonymous: no answer on the merits is given (art. 11 of 59-FZ).</source>
        <translation>Без фамилии или адреса для ответа обращение считается анонимным: ответ по существу не даётся (ст. 11 59-ФЗ).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="219"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="221"/>
        <source>&amp;Find applicant:</source>
        <translation>&amp;Найти заявителя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="227"/>
        <source>Applicant ty&amp;pe:</source>
        <translation>Тип заявит&amp;еля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="229"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="230"/>
        <source>First &amp;name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="231"/>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="234"/>
        <source>&amp;Organisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="236"/>
        <source>Postal &amp;address:</source>
        <translation>Почтовый &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="237"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="238"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="244"/>
        <source>the first line of the text if left empty</source>
        <translation>если не заполнено — первая строка текста</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="249"/>
        <source>classifier code or words of the topic, then Enter</source>
        <translation>код классификатора или слова из темы, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="257"/>
        <source>A&amp;dd</source>
        <translation>До&amp;бавить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="263"/>
        <source>Re&amp;move question</source>
        <translation>&amp;Удалить вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="268"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="270"/>
        <source>S&amp;ummary:</source>
        <translation>Краткое со&amp;держание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="271"/>
        <source>&amp;Text:</source>
        <translation>Тек&amp;ст:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="272"/>
        <source>&amp;Question:</source>
        <translation>Воп&amp;рос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="275"/>
        <source>Questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="287"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="375"/>
        <source>Case progress</source>
        <translation>Ход рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="376"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="378"/>
        <source>Ctrl+%d</source>
        <translation>Ctrl+%d</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="453"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · status: %2 · answer due: %3 · registered by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · статус: %2 · срок ответа: %3 · зарегистрировал(а) %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="461"/>
        <source>repeats %s</source>
        <translation>повторное к %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="505"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="507"/>
        <source>Known applicant: %1, appeals: %2</source>
        <translation>Известный заявитель: %1, обращений: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="510"/>
        <source>Known applicant: %s</source>
        <translation>Известный заявитель: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="517"/>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="519"/>
        <source>Appeal %s</source>
        <translation>Обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="534"/>
        <source>An electronic appeal without identification of the applicant is not counted as identified; choose how the applicant was identified.</source>
        <translation>Электронное обращение без идентификации заявителя не учитывается как идентифицированное: укажите, как установлена личность заявителя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="574"/>
        <source>No known applicant found: a new one will be registered.</source>
        <translation>Заявитель не найден среди известных: будет зарегистрирован новый.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="725"/>
        <source>Done: %1 (status now «%2»)</source>
        <translation>Выполнено: %1 (теперь «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="768"/>
        <source>Outcome of question %1: %2</source>
        <translation>Результат по вопросу № %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="791"/>
        <source>Reload the appeal? What you typed here will be replaced.</source>
        <translation>Загрузить обращение заново? Введённое в форме будет заменено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="795"/>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="796"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="828"/>
        <source>Close the form? What you typed will not be saved.</source>
        <translation>Закрыть форму? Введённые данные не будут сохранены.</translation>
    </message>
</context>
<context>
    <name>ApplicantPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="25"/>
        <source>Known applicants</source>
        <translation>Известные заявители</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="28"/>
        <source>Applicants matching «%s». Enter picks, Esc keeps a new applicant.</source>
        <translation>Заявители по запросу «%s». Enter — выбрать, Esc — оставить нового заявителя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="51"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="58"/>
        <source>appeals: %d</source>
        <translation>обращений: %d</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="30"/>
        <source>— not set —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="32"/>
        <source>instruction to the executor</source>
        <translation>поручение исполнителю</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="34"/>
        <source>&amp;Control date:</source>
        <translation>&amp;Контрольный срок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="59"/>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="60"/>
        <source>&amp;Department:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="61"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Резолюция:</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="97"/>
        <source>Routing</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="99"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="100"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="101"/>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="102"/>
        <source>Resolution:</source>
        <translation>Резолюция:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="103"/>
        <source>Control date:</source>
        <translation>Контрольный срок:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="104"/>
        <source>Repeats:</source>
        <translation>Повторное к:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="120"/>
        <source>Deadlines (59-FZ)</source>
        <translation>Сроки (59-ФЗ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="122"/>
        <source>Registration due:</source>
        <translation>Регистрация до:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="123"/>
        <source>Answer due (initial):</source>
        <translation>Срок ответа (исходный):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="124"/>
        <source>Extension:</source>
        <translation>Продление:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="125"/>
        <source>Answer due:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="126"/>
        <source>Forwarding due:</source>
        <translation>Направить по компетенции до:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="127"/>
        <source>Answered:</source>
        <translation>Ответ дан:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="131"/>
        <source>Questions and outcomes</source>
        <translation>Вопросы и результаты рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="138"/>
        <source>Steps</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="155"/>
        <source>No steps are open to you now.</source>
        <translation>Сейчас вам не доступно ни одно действие.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="193"/>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="210"/>
        <source>%1 — registered %2, late</source>
        <translation>%1 — зарегистрировано %2, с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="214"/>
        <source>%1 — registered %2, on time</source>
        <translation>%1 — зарегистрировано %2, в срок</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="221"/>
        <source>none</source>
        <translation>не было</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="224"/>
        <source>by %1 days, from %2 to %3: «%4» (%5, %6)</source>
        <translation>на %1 дн., с %2 до %3: «%4» (%5, %6)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="234"/>
        <source>%s — overdue</source>
        <translation>%s — просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="236"/>
        <source>%s — due soon</source>
        <translation>%s — срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="238"/>
        <source>%s — answered late</source>
        <translation>%s — ответ дан с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="250"/>
        <source>%s, late</source>
        <translation>%s, с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="273"/>
        <source>Outcome of question %d</source>
        <translation>Результат по вопросу № %d</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="41"/>
        <source>what needs to be reworked</source>
        <translation>что нужно доработать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="42"/>
        <source>how the applicant withdrew the appeal (application of …)</source>
        <translation>как заявитель отозвал обращение (заявление от …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="44"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="45"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="27"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="30"/>
        <source>e.g. documents requested from another body; the applicant is notified</source>
        <translation>например, запрошены документы в другом органе; заявитель уведомляется</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="32"/>
        <source>Answer due now:</source>
        <translation>Срок ответа сейчас:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="33"/>
        <source>Extend &amp;by:</source>
        <translation>Продлить &amp;на:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="34"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="26"/>
        <source>Reception — first administrator</source>
        <translation>Приёмная — первый администратор</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="30"/>
        <source>The database has no users yet. Create the administrator account: the administrator then adds clerks, executors and managers.</source>
        <translation>В базе данных ещё нет пользователей. Создайте учётную запись администратора: затем администратор добавит регистраторов, исполнителей и руководителей.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="39"/>
        <source>at least %d characters</source>
        <translation>не меньше %d знаков</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="47"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="48"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="50"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="68"/>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="84"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="25"/>
        <source>the competent body, e.g. Prefecture of the CAO</source>
        <translation>компетентный орган, например префектура ЦАО</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="27"/>
        <source>Letter &amp;dated:</source>
        <translation>&amp;Дата письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="34"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="36"/>
        <source>&amp;To body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="37"/>
        <source>Covering letter &amp;No.:</source>
        <translation>&amp;Номер сопроводительного письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="44"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>LeaveWithoutAnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="25"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="26"/>
        <source>Legal &amp;ground:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="27"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="90"/>
        <source>Letter to the applicant — %1</source>
        <translation>Письмо заявителю — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="101"/>
        <source>&amp;Fill in from template</source>
        <translation>&amp;Заполнить по шаблону</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="117"/>
        <source>&amp;Hand delivery (no reply address needed)</source>
        <translation>Вр&amp;учить лично (адрес для ответа не нужен)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="123"/>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="127"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="131"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="145"/>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="147"/>
        <source>&amp;Redacted copy (applicant&apos;s personal data hidden)</source>
        <translation>&amp;Обезличенная копия (без персональных данных заявителя)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="149"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="151"/>
        <source>Send for &amp;approval</source>
        <translation>&amp;На согласование</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="153"/>
        <source>Appro&amp;ve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="155"/>
        <source>Re&amp;turn with comment…</source>
        <translation>&amp;Вернуть с замечанием…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="157"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="159"/>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="161"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="168"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="169"/>
        <source>A&amp;ddressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="170"/>
        <source>Si&amp;gnatory:</source>
        <translation>По&amp;дписант:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="171"/>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="172"/>
        <source>Executor&apos;s p&amp;hone:</source>
        <translation>&amp;Телефон исполнителя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="190"/>
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="192"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="251"/>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="286"/>
        <source>Returned: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="296"/>
        <source>Choose a template and fill the letter in.</source>
        <translation>Выберите шаблон и заполните письмо.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="433"/>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="433"/>
        <source>What needs to be reworked:</source>
        <translation>Что нужно доработать:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="504"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="504"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="26"/>
        <source>Reception — sign in</source>
        <translation>Приёмная — вход</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="34"/>
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="39"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="50"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="65"/>
        <source>Demo sign-in: %s</source>
        <translation>Демо-вход: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Reception — %s</source>
        <translation>Приёмная — %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;New appeal</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Register a new appeal (Ctrl+N)</source>
        <translation>Зарегистрировать новое обращение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Reload the register (F5)</source>
        <translation>Обновить реестр (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Open by &amp;number…</source>
        <translation>Открыть по &amp;номеру…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Open an appeal by its registration number (Ctrl+G)</source>
        <translation>Открыть обращение по регистрационному номеру (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Search: number, phone, e-mail, surname or summary words</source>
        <translation>Поиск: номер, телефон, e-mail, фамилия или слова из краткого содержания</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Which appeals the register shows (Ctrl+L)</source>
        <translation>Какие обращения показывает реестр (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Register filter</source>
        <translation>Фильтр реестра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>All appeals</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>My appeals</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Answered late</source>
        <translation>Отвечены с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Status: %s</source>
        <translation>Статус: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Fi&amp;lter</source>
        <translation>Фи&amp;льтр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Show &amp;overdue</source>
        <translation>Показать &amp;просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Show the overdue appeals (Ctrl+Shift+O)</source>
        <translation>Показать просроченные обращения (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Appeals: …</source>
        <translation>Обращений: …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Overdue: …</source>
        <translation>Просрочено: …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Appeals: %d</source>
        <translation>Обращений: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Appeals: ?</source>
        <translation>Обращений: ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Overdue: %d</source>
        <translation>Просрочено: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Overdue: ?</source>
        <translation>Просрочено: ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Saved: appeal %s</source>
        <translation>Сохранено: обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Open by number</source>
        <translation>Открыть по номеру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Registration number (for example ВП-2026-17):</source>
        <translation>Регистрационный номер (например, ВП-2026-17):</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="135"/>
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/models/register_model.py" line="94"/>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="95"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="96"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="97"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="97"/>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="98"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="99"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="100"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="101"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="102"/>
        <source>Rep.</source>
        <translation>Повт.</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="141"/>
        <source>Repeated appeal: repeats %d earlier appeal(s)</source>
        <translation>Повторное обращение: прежних обращений — %d</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="186"/>
        <source>Overdue: the answer was due on %s</source>
        <translation>Просрочено: ответ нужно было дать до %s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="188"/>
        <source>Due soon: the answer is due on %s</source>
        <translation>Срок истекает %s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="191"/>
        <source>Answered late: on %1, the answer was due on %2</source>
        <translation>Ответ дан с опозданием: %1 при сроке %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="198"/>
        <source>%s, overdue</source>
        <translation>%s, просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="200"/>
        <source>%s, due soon</source>
        <translation>%s, срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="201"/>
        <source>%s, answered late</source>
        <translation>%s, ответ дан с опозданием</translation>
    </message>
</context>
<context>
    <name>RepeatsDialog</name>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="44"/>
        <source>Repeated appeal? — %s</source>
        <translation>Повторное обращение? — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="49"/>
        <source>The applicant has earlier appeals on the same questions. Tick those that appeal %s repeats (Space ticks the current row).</source>
        <translation>У заявителя есть прежние обращения по тем же вопросам. Отметьте те, которые повторяет обращение %s (пробел отмечает текущую строку).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57"/>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="57"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="86"/>
        <source>&amp;Mark as repeated</source>
        <translation>&amp;Отметить как повторное</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="89"/>
        <source>&amp;Not repeated</source>
        <translation>&amp;Не повторное</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports_window.py" line="183"/>
        <location filename="../../ui/reports_window.py" line="354"/>
        <location filename="../../ui/reports_window.py" line="394"/>
        <location filename="../../ui/reports_window.py" line="488"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="194"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="198"/>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="200"/>
        <source>All departments</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="202"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="203"/>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="204"/>
        <source>Build</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="210"/>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="216"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="217"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="218"/>
        <source>Topic section:</source>
        <translation>Раздел классификатора:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="219"/>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="220"/>
        <source>Group:</source>
        <translation>Группировка:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="228"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="229"/>
        <source>Export XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="230"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="238"/>
        <source>Choose a report and its period, then press «Build».</source>
        <translation>Выберите отчёт и период, затем нажмите «Сформировать».</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="264"/>
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="353"/>
        <source>Building the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="353"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="385"/>
        <source>The report is ready.</source>
        <translation>Отчёт сформирован.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="390"/>
        <source>Building the report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="409"/>
        <source>Built %1 by %2</source>
        <translation>Сформирован %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="453"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="474"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="479"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="487"/>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/dialogs/step_dialog.py" line="68"/>
        <source>Run the step (Ctrl+Enter)</source>
        <translation>Выполнить (Ctrl+Enter)</translation>
    </message>
</context>
</TS>
