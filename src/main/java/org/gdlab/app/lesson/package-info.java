/**
 * Built-in lessons in the window: {@link org.gdlab.app.lesson.LessonModel} (which lesson is open, next and
 * previous), {@link org.gdlab.app.lesson.LessonMenu} (the Lessons menu) and
 * {@link org.gdlab.app.lesson.CaptionBar} (the lesson's title, what to notice and one thing to try).
 */
package org.gdlab.app.lesson;
