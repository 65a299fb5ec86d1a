// Files dropped anywhere on the page load like the picker's; while they are
// dragged over it the page says so.
import { useState, type DragEvent } from 'react';
import { readDrop, type PickedFiles } from '../data/userFiles';

export interface FileDrop {
  dragging: boolean;
  handlers: {
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

export function useFileDrop(onPicked: (files: PickedFiles) => void): FileDrop {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (event) => {
        event.preventDefault();
        setDragging(true);
      },
      onDragLeave: (event) => {
        if (event.currentTarget === event.target) setDragging(false);
      },
      onDrop: (event) => {
        event.preventDefault();
        setDragging(false);
        void readDrop(event.dataTransfer).then(onPicked);
      },
    },
  };
}
